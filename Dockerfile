# syntax=docker/dockerfile:1
# Build: docker build -t cph-emulator .
# Run:   docker run -p 8080:8080 --restart on-failure cph-emulator
#        docker run -p 8080:8080 -v "$PWD/fleet.yaml:/fleet.yaml:ro" cph-emulator --cph.emulator.fleet=/fleet.yaml

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests && cp target/cph-emulator-*.jar /src/cph-emulator.jar

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system cph && useradd --system --gid cph --no-create-home cph
WORKDIR /app
COPY --from=build /src/cph-emulator.jar /app/cph-emulator.jar
USER cph
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1
# out of memory, the JVM exits (code 3) rather than limp on; the container's restart policy brings it back
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/cph-emulator.jar"]
