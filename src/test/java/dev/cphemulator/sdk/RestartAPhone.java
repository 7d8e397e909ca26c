package dev.cphemulator.sdk;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.cph.v1.CphClient;
import com.huaweicloud.sdk.cph.v1.model.ListCloudPhonesRequest;
import com.huaweicloud.sdk.cph.v1.model.Phone;
import com.huaweicloud.sdk.cph.v1.model.PhoneProperty;
import com.huaweicloud.sdk.cph.v1.model.RestartCloudPhoneRequest;
import com.huaweicloud.sdk.cph.v1.model.RestartCloudPhoneRequestBody;
import com.huaweicloud.sdk.cph.v1.model.RestartCloudPhoneResponse;
import com.huaweicloud.sdk.cph.v1.model.ShowJobRequest;
import com.huaweicloud.sdk.cph.v1.model.ShowJobResponse;
import java.util.ArrayList;
import java.util.List;

/** Restarts the first running phone of a CPH project and waits until the restart has ended. */
public class RestartAPhone {

  public static void main(String[] args) throws InterruptedException {
    String endpoint = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    String projectId = args.length > 1 ? args[1] : "0123456789abcdef0123456789abcdef";
    ShowJobResponse job = restartFirstRunningPhone(client(endpoint, projectId));
    System.out.println("job " + job.getJobId() + " ended with status " + job.getStatus());
  }

  static CphClient client(String endpoint, String projectId) {
    BasicCredentials credentials =
        new BasicCredentials()
            .withAk("EXAMPLEAK0000000000") // any key pair
            .withSk("EXAMPLE-SK-not-a-real-secret-0000000000")
            .withProjectId(projectId); // always set it, or the SDK asks IAM for it first
    return CphClient.newBuilder()
        .withHttpConfig(HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true))
        .withCredential(credentials)
        .withEndpoints(new ArrayList<>(List.of(endpoint))) // no region; no trailing slash
        .build();
  }

  static ShowJobResponse restartFirstRunningPhone(CphClient cph) throws InterruptedException {
    Phone phone =
        cph.listCloudPhones(new ListCloudPhonesRequest().withStatus(2).withLimit(1))
            .getPhones()
            .get(0);
    RestartCloudPhoneResponse restart =
        cph.restartCloudPhone(
            new RestartCloudPhoneRequest()
                .withBody(
                    new RestartCloudPhoneRequestBody()
                        .withPhones(List.of(new PhoneProperty().withPhoneId(phone.getPhoneId())))));
    String jobId = restart.getJobs().get(0).getJobId();
    ShowJobResponse job = cph.showJob(new ShowJobRequest().withJobId(jobId));
    while (job.getStatus() == 1) { // 1 running, 2 succeeded, -1 failed
      Thread.sleep(200);
      job = cph.showJob(new ShowJobRequest().withJobId(jobId));
    }
    return job;
  }
}
