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
 && groupadd --system cph && useradd --system --gid cph --no-create-home cph \
 && mkdir -p /var/lib/cph && chown cph:cph /var/lib/cph
# /var/lib/cph: where --cph.emulator.state.dir=/var/lib/cph keeps snapshots; a volume mounted there
# starts out owned by cph
COPY --from=build /src/cph-emulator.jar /tmp/cph-emulator.jar
# Extracted (the application jar with its libraries in lib/ beside it) and trained: the training run
# starts the application up to a refreshed context and exits, writing every class it loaded, parsed
# and verified, to a class data sharing archive that each start of the container maps instead.
# Trained here, on the JVM that runs it: an archive is only used by the JVM that wrote it.
RUN java -Djarmode=tools -jar /tmp/cph-emulator.jar extract --destination /app \
 && rm /tmp/cph-emulator.jar \
 && cd /app \
 && java -XX:ArchiveClassesAtExit=/app/cph-emulator.jsa -Dspring.context.exit=onRefresh -jar /app/cph-emulator.jar
WORKDIR /app
USER cph
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1
# out of memory, the JVM exits (code 3) rather than limp on; the container's restart policy brings it back
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/cph-emulator.jsa", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/cph-emulator.jar"]
