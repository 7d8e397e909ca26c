package dev.cphemulator.auth;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.huaweicloud.sdk.core.ClientBuilder;
import com.huaweicloud.sdk.core.HcClient;
import com.huaweicloud.sdk.core.SdkResponse;
import com.huaweicloud.sdk.core.TypeCasts;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.FieldExistence;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.core.http.LocationType;
import com.huaweicloud.sdk.cph.v1.CphClient;
import com.huaweicloud.sdk.cph.v1.model.ListJobsRequest;
import com.huaweicloud.sdk.cph.v1.model.ListJobsResponse;
import com.huaweicloud.sdk.cph.v1.model.ShowJobRequest;
import dev.cphemulator.auth.SdkSigner.HeaderSet;
import dev.cphemulator.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Strict mode end to end: the official SDK (its client pipeline and its signer) against the
 * emulator, and hand-made requests that spoil a signature in each way a client can.
 */
@TestPropertySource(
    properties = {
      "cph.emulator.auth.mode=strict",
      "cph.emulator.auth.credentials[0].access-key=" + StrictAuthTests.AK,
      "cph.emulator.auth.credentials[0].secret-key=" + StrictAuthTests.SK,
      "cph.emulator.auth.credentials[0].project-id=" + StrictAuthTests.P1,
      "cph.emulator.auth.credentials[1].access-key=OTHERAK000000000000",
      "cph.emulator.auth.credentials[1].secret-key=" + StrictAuthTests.OTHER_SK,
      "cph.emulator.auth.credentials[1].project-id=" + StrictAuthTests.P2,
      "cph.emulator.auth.tokens[0].token=" + StrictAuthTests.TOKEN,
      "cph.emulator.auth.tokens[0].project-id=" + StrictAuthTests.P1,
      "cph.emulator.auth.operator-token=" + StrictAuthTests.OPERATOR
    })
class StrictAuthTests extends EmulatorTest {

  static final String AK = "EXAMPLEAK0000000000";
  static final String SK = "EXAMPLE-SK-not-a-real-secret-0000000000";
  static final String OTHER_SK = "another-secret-key-0000000000";
  static final String P1 = "0123456789abcdef0123456789abcdef";
  static final String P2 = "fedcba9876543210fedcba9876543210";
  static final String TOKEN = "token-of-project-one-0001";
  static final String OPERATOR = "operator-secret-0001";
  static final List<String> SECRETS = List.of(SK, OTHER_SK, TOKEN, OPERATOR);

  @Test
  void theSdkWithTheRightKeyListsJobsOfARequestId() {
    ListJobsResponse jobs =
        client(AK, SK, P1)
            .listJobs(new ListJobsRequest().withRequestId("00000000000000000000000000000001"));

    assertThat(jobs.getHttpStatusCode()).isEqualTo(200);
    assertThat(jobs.getJobs()).isEmpty();
  }

  @Test
  void parallelSdkClientsWithRightAndWrongKeysEachGetTheirOwnAnswer() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        boolean right = i % 2 == 0;
        CphClient client = client(AK, right ? SK : OTHER_SK, P1);
        answers.add(
            pool.submit(
                () -> {
                  try {
                    return client
                        .listJobs(new ListJobsRequest().withRequestId("r1"))
                        .getHttpStatusCode();
                  } catch (ClientRequestException e) {
                    return e.getHttpStatusCode();
                  }
                }));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i % 2 == 0 ? 200 : 401);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSdkWithTheRightKeyGetsCphsOwnNotFoundForAnUnknownJob() {
    ClientRequestException e =
        catchThrowableOfType(
            ClientRequestException.class,
            () -> client(AK, SK, P1).showJob(new ShowJobRequest().withJobId("0".repeat(32))));

    assertThat(e.getHttpStatusCode()).isEqualTo(404);
    assertThat(e.getErrorCode()).isEqualTo("CPS.9302");
  }

  @Test
  void theSdkSignsQueriesAndPathsWithAwkwardCharactersInAWayTheEmulatorVerifies() {
    ListJobsResponse byOddId =
        client(AK, SK, P1).listJobs(new ListJobsRequest().withRequestId("名字 a+b*c~d/e=f&g%h"));
    ListJobsResponse byTwoIds =
        client(AK, SK, P1).listJobs(new ListJobsRequest().withRequestIds("r1,r2").withOffset(0));
    ClientRequestException e =
        catchThrowableOfType(
            ClientRequestException.class,
            () -> client(AK, SK, P1).showJob(new ShowJobRequest().withJobId("ph one~*ä@:+!")));

    assertThat(byOddId.getHttpStatusCode()).isEqualTo(200);
    assertThat(byTwoIds.getHttpStatusCode()).isEqualTo(200);
    assertThat(e.getErrorCode()).isEqualTo("CPS.9302");
  }

  @Test
  void theSdkWithAWrongSecretKeyGetsTheGatewaysRefusal() {
    ClientRequestException e =
        catchThrowableOfType(
            ClientRequestException.class,
            () ->
                client(AK, "wrong-secret-key-000000000", P1)
                    .listJobs(new ListJobsRequest().withRequestId("r1")));

    assertThat(e.getHttpStatusCode()).isEqualTo(401);
    assertThat(e.getErrorCode()).isEqualTo("APIGW.0301");
    assertThat(e.getErrorMsg())
        .startsWith("Incorrect IAM authentication information: verify aksk signature fail");
    assertThat(e.getRequestId()).matches("[0-9a-f]{32}");
  }

  @Test
  void theSdkWithAValidKeyOnAnotherProjectGetsNoPermission() {
    ClientRequestException e =
        catchThrowableOfType(
            ClientRequestException.class,
            () -> client(AK, SK, P2).listJobs(new ListJobsRequest().withRequestId("r1")));

    assertThat(e.getHttpStatusCode()).isEqualTo(403);
    assertThat(e.getErrorCode()).isEqualTo("CPS.0001");
  }

  @Test
  void aRequestSignedTwentyMinutesAgoGetsSignatureExpired() throws Exception {
    Instant twentyMinutesAgo = Instant.now().minus(Duration.ofMinutes(20));
    HttpResponse<String> answer =
        sign("GET", jobsPath(P1), Map.of("request_id", "r1"), twentyMinutesAgo, null)
            .send(endpoint());

    assertThat(answer.statusCode()).isEqualTo(401);
    JsonPath body = JsonPath.from(answer.body());
    assertThat(body.getString("error_code")).isEqualTo("APIGW.0303");
    assertThat(body.getString("error_msg"))
        .contains("signature expired, signature time:" + SdkSigner.date(twentyMinutesAgo));
  }

  @Test
  void aRequestSignedNowPassesThoughTheEmulatorsVirtualClockIsElsewhere() throws Exception {
    HttpResponse<String> answer =
        sign("GET", jobsPath(P1), Map.of("request_id", "r1"), Instant.now(), null).send(endpoint());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void aRequestSignedLikeTheGoSdkWithoutHostPasses() throws Exception {
    SdkSigner signed = signLikeGo(AK, SK, P1);

    HttpResponse<String> answer = signed.send(endpoint());

    assertThat(signed.signedHeaders()).isEqualTo("user-agent;x-project-id;x-sdk-date");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(JsonPath.from(answer.body()).getList("jobs")).isEmpty();
  }

  @Test
  void goSdkRequestsWithAWrongKeyAnUnknownKeyOrAForeignProjectGetEachTheirOwnRefusal()
      throws Exception {
    HttpResponse<String> wrongKey = signLikeGo(AK, OTHER_SK, P1).send(endpoint());
    HttpResponse<String> unknownKey = signLikeGo("NOSUCHAK", SK, P1).send(endpoint());
    HttpResponse<String> foreignProject = signLikeGo(AK, SK, P2).send(endpoint());

    assertThat(wrongKey.statusCode()).isEqualTo(401);
    assertThat(JsonPath.from(wrongKey.body()).getString("error_code")).isEqualTo("APIGW.0301");
    assertThat(JsonPath.from(wrongKey.body()).getString("error_msg"))
        .startsWith("Incorrect IAM authentication information: verify aksk signature fail");
    assertThat(unknownKey.statusCode()).isEqualTo(401);
    assertThat(JsonPath.from(unknownKey.body()).getString("error_code")).isEqualTo("APIGW.0301");
    assertThat(JsonPath.from(unknownKey.body()).getString("error_msg"))
        .isEqualTo("Incorrect IAM authentication information: unknown access key NOSUCHAK");
    assertThat(foreignProject.statusCode()).isEqualTo(403);
    assertThat(JsonPath.from(foreignProject.body()).getString("error_code")).isEqualTo("CPS.0001");
  }

  @Test
  void aSecondAuthorizationHeaderIsRefusedWhicheverOfTheTwoIsValid() throws Exception {
    SdkSigner signed = sign("GET", jobsPath(P1), Map.of("request_id", "r1"), Instant.now(), null);
    String forged =
        "SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=x-sdk-date, Signature=" + "0".repeat(64);

    HttpResponse<String> validFirst = signed.sendWithAnother(endpoint(), "Authorization", forged);
    HttpResponse<String> forgedFirst =
        signed
            .withHeader("Authorization", forged)
            .sendWithAnother(endpoint(), "Authorization", signed.header("Authorization"));

    for (HttpResponse<String> answer : List.of(validFirst, forgedFirst)) {
      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(JsonPath.from(answer.body()).getString("error_code")).isEqualTo("APIGW.0301");
      assertThat(JsonPath.from(answer.body()).getString("error_msg"))
          .isEqualTo(
              "Incorrect IAM authentication information: ambiguous credentials:"
                  + " more than one Authorization header");
    }
  }

  @Test
  void aSecondSdkDateHeaderIsRefused() throws Exception {
    Instant now = Instant.now();
    SdkSigner signed = sign("GET", jobsPath(P1), Map.of("request_id", "r1"), now, null);

    HttpResponse<String> answer =
        signed.sendWithAnother(endpoint(), "X-Sdk-Date", SdkSigner.date(now.plusSeconds(60)));

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(JsonPath.from(answer.body()).getString("error_code")).isEqualTo("APIGW.0301");
    assertThat(JsonPath.from(answer.body()).getString("error_msg"))
        .endsWith("ambiguous credentials: more than one X-Sdk-Date header");
  }

  @Test
  void aSecondTokenHeaderIsRefusedEvenWhenTheFirstIsConfigured() {
    cph(P1)
        .header("X-Auth-Token", TOKEN)
        .header("X-Auth-Token", "not-a-configured-token")
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(401)
        .body("error_code", equalTo("APIGW.0301"))
        .body(
            "error_msg",
            equalTo(
                "Incorrect IAM authentication information: ambiguous credentials:"
                    + " more than one X-Auth-Token header"));
  }

  @Test
  void theSdkPipelineSendsAChunkedJsonBodyThatVerifies() {
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("app_version_ids", List.of(DOC_APP_VERSION));
    action.put("server_ids", List.of(DOC_SERVER));
    DeployRequest request = new DeployRequest();
    request.setBody(Map.of("batch_deploy_app_version", action));

    DeployResponse answer = hcClient(AK, SK, P1).syncInvokeHttp(request, DEPLOY);

    assertThat(answer.getHttpStatusCode()).isEqualTo(200);
    assertThat(answer.getJobs()).isNotEmpty();
    assertThat(answer.getJobs().get(0)).containsEntry("server_id", DOC_SERVER);
  }

  @Test
  void aSignedBodyChangedInTransitIsRefusedWithTheCanonicalRequestButNoSecret() throws Exception {
    String body =
        "{\"batch_deploy_app_version\":{\"app_version_ids\":[\""
            + DOC_APP_VERSION
            + "\"],\"server_ids\":[\""
            + DOC_SERVER
            + "\"]}}";
    SdkSigner signed = sign("POST", actionPath(), Map.of(), Instant.now(), body);

    HttpResponse<String> answer =
        signed.withBody(body.replace("app_version_ids", "app_version_idz")).send(endpoint());

    assertThat(answer.statusCode()).isEqualTo(401);
    String message = JsonPath.from(answer.body()).getString("error_msg");
    assertThat(message)
        .startsWith(
            "Incorrect IAM authentication information: verify aksk signature fail,"
                + " canonicalRequest:POST|/v1/"
                + P1
                + "/cloud-phone/servers/action/||host:127.0.0.1:"
                + port
                + "|")
        .endsWith(
            "|"
                + SdkHmacSha256.payloadHash(
                    body.replace("app_version_ids", "app_version_idz").getBytes()));
    assertThat(answer.body()).doesNotContain(SK);
  }

  @Test
  void aSignedQueryChangedInTransitIsRefused() throws Exception {
    SdkSigner signed = sign("GET", jobsPath(P1), Map.of("request_id", "r1"), Instant.now(), null);

    HttpResponse<String> changed = signed.withQuery("request_id=r2").send(endpoint());
    HttpResponse<String> unchanged = signed.send(endpoint());

    assertThat(changed.statusCode()).isEqualTo(401);
    assertThat(JsonPath.from(changed.body()).getString("error_msg"))
        .contains("verify aksk signature fail")
        .contains("|request_id=r2|");
    assertThat(unchanged.statusCode()).isEqualTo(200);
  }

  @Test
  void aRequestWithoutCredentialsIsRefusedWithTheGatewaysBodyAndARequestId() {
    Response answer = cph(P1).queryParam("request_id", "r1").get("/jobs");

    answer
        .then()
        .statusCode(401)
        .contentType("application/json")
        .body("error_code", equalTo("APIGW.0301"));
    assertThat(answer.header("X-Request-Id")).isEqualTo(answer.jsonPath().getString("request_id"));
  }

  @Test
  void aMalformedAuthorizationHeaderIsRefused() {
    cph(P1)
        .header("Authorization", "SDK-HMAC-SHA256 Access=" + AK + ", Signature=abc")
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(401)
        .body("error_code", equalTo("APIGW.0301"))
        .body(
            "error_msg",
            startsWith("Incorrect IAM authentication information: malformed Authorization header"));
  }

  @Test
  void aConfiguredTokenPassesOnItsOwnProjectOnly() {
    cph(P1)
        .header("X-Auth-Token", TOKEN)
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(200);
    cph(P2)
        .header("X-Auth-Token", TOKEN)
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(403)
        .body("error_code", equalTo("CPS.0001"));
    cph(P1)
        .header("X-Auth-Token", "not-a-configured-token")
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(401)
        .body("error_code", equalTo("APIGW.0301"));
  }

  @Test
  void noRefusalShowsASecret() throws Exception {
    List<String> bodies = new ArrayList<>();
    SdkSigner wrongKey =
        SdkSigner.sign(
            endpoint(),
            "GET",
            jobsPath(P1),
            Map.of("note", SK),
            sdkHeaders(Instant.now(), Map.of("X-Auth-Token", TOKEN, "X-Emulator-Token", OPERATOR)),
            null,
            AK,
            OTHER_SK);
    bodies.add(wrongKey.send(endpoint()).body());
    bodies.add(cph(P1).header("X-Auth-Token", SK).get("/jobs").asString());
    bodies.add(admin().header("X-Emulator-Token", SK).get("/clock").asString());

    assertThat(bodies).allSatisfy(body -> assertThat(body).contains("error_code"));
    for (String secret : SECRETS) {
      assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain(secret));
    }
  }

  @Test
  void theOperatorApiNeedsTheOperatorToken() {
    admin().get("/clock").then().statusCode(401).body("error_code", equalTo("CPS.9401"));
    admin()
        .header("X-Emulator-Token", "wrong-operator-token")
        .get("/clock")
        .then()
        .statusCode(401)
        .body("error_code", equalTo("CPS.9401"));
    admin()
        .header("X-Emulator-Token", OPERATOR)
        .get("/clock")
        .then()
        .statusCode(not(401))
        .body("error_code", not(equalTo("CPS.9401")));
  }

  @Test
  void twoOperatorTokensAreRefusedEvenWhenTheFirstIsRight() {
    for (String second : List.of("wrong-operator-token", OPERATOR)) {
      admin()
          .header("X-Emulator-Token", OPERATOR)
          .header("X-Emulator-Token", second)
          .get("/clock")
          .then()
          .statusCode(401)
          .body("error_code", equalTo("CPS.9401"))
          .body("error_msg", containsString("more than once"));
    }
  }

  @Test
  void theSdkExampleOfTheDocumentationCompilesAndRunsAgainstStrictMode() throws Exception {
    String output =
        DocExample.run(Path.of("docs/auth.md"), "EmulatorStrictModeExample", endpoint());

    assertThat(output)
        .contains("ListJobs: HTTP 200, 0 jobs")
        .containsPattern("ShowJob: HTTP 404 CPS\\.9302 \\(request [0-9a-f]{32}\\)");
  }

  @Test
  void theHealthEndpointStaysOpen() {
    given().port(port).get("/actuator/health").then().statusCode(200);
  }

  // --- plumbing ---

  private String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  private static String jobsPath(String project) {
    return "/v1/" + project + "/cloud-phone/jobs";
  }

  private static String actionPath() {
    return "/v1/" + P1 + "/cloud-phone/servers/action";
  }

  private SdkSigner sign(
      String method, String path, Map<String, String> query, Instant date, String body) {
    return SdkSigner.sign(
        endpoint(), method, path, query, sdkHeaders(date, Map.of()), body, AK, SK);
  }

  /**
   * A request signed as the official Go SDK signs it: the Go SDK's user agent, the credentials'
   * project in the path and in {@code X-Project-Id}, and no {@code host} among the signed headers.
   */
  private SdkSigner signLikeGo(String accessKey, String secretKey, String project) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", "huaweicloud-usdk-go/3.0; go/go1.19.8");
    headers.put("X-Project-Id", project);
    headers.put("X-Sdk-Date", SdkSigner.date(Instant.now()));
    return SdkSigner.sign(
        HeaderSet.GO,
        endpoint(),
        "GET",
        jobsPath(project),
        Map.of("request_id", "r1"),
        headers,
        null,
        accessKey,
        secretKey);
  }

  private static Map<String, String> sdkHeaders(Instant date, Map<String, String> extra) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", "huaweicloud-usdk-java/3.0");
    headers.put("X-Project-Id", P1);
    headers.put("X-Sdk-Date", SdkSigner.date(date));
    headers.putAll(extra);
    return headers;
  }

  private CphClient client(String ak, String sk, String project) {
    return CphClient.newBuilder()
        .withHttpConfig(HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true))
        .withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(project))
        .withEndpoints(new ArrayList<>(List.of(endpoint())))
        .build();
  }

  private HcClient hcClient(String ak, String sk, String project) {
    return new ClientBuilder<HcClient>(Function.identity())
        .withHttpConfig(HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true))
        .withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(project))
        .withEndpoints(new ArrayList<>(List.of(endpoint())))
        .build();
  }

  /** DeployAppVersionToServer, which the generated CphClient lacks. */
  static final HttpRequestDef<DeployRequest, DeployResponse> DEPLOY =
      HttpRequestDef.builder(HttpMethod.POST, DeployRequest.class, DeployResponse.class)
          .withName("DeployAppVersionToServer")
          .withUri("/v1/{project_id}/cloud-phone/servers/action")
          .withContentType("application/json")
          .<Map<String, Object>>withRequestField(
              "body",
              LocationType.Body,
              FieldExistence.NON_NULL_NON_EMPTY,
              TypeCasts.uncheckedConversion(Map.class),
              field -> field.withMarshaller(DeployRequest::getBody, DeployRequest::setBody))
          .build();

  public static class DeployRequest {
    private Map<String, Object> body;

    public Map<String, Object> getBody() {
      return body;
    }

    public void setBody(Map<String, Object> body) {
      this.body = body;
    }
  }

  public static class DeployResponse extends SdkResponse {
    @JsonProperty("request_id")
    private String requestId;

    @JsonProperty("jobs")
    private List<Map<String, Object>> jobs;

    public String getRequestId() {
      return requestId;
    }

    public void setRequestId(String requestId) {
      this.requestId = requestId;
    }

    public List<Map<String, Object>> getJobs() {
      return jobs;
    }

    public void setJobs(List<Map<String, Object>> jobs) {
      this.jobs = jobs;
    }
  }
}
