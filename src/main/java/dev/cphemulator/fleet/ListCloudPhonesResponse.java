package dev.cphemulator.fleet;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cphemulator.kernel.CphTime;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * ListCloudPhones' answer (SDK {@code ListCloudPhonesResponse}): {@code count} is every match,
 * {@code phones} one page of them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ListCloudPhonesResponse(List<Entry> phones, String requestId, Integer count) {

  static ListCloudPhonesResponse from(String requestId, int count, List<Phone> page) {
    return new ListCloudPhonesResponse(page.stream().map(Entry::from).toList(), requestId, count);
  }

  /** One phone (SDK {@code Phone}), every key present. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Entry(
      String phoneName,
      String serverId,
      String phoneId,
      String phoneModelName,
      String imageId,
      String imageVersion,
      String vncEnable,
      Integer status,
      Integer type,
      String imei,
      String trafficType,
      Integer volumeMode,
      String availabilityZone,
      PhoneMetadata metadata,
      Boolean hasEncrypt,
      String createTime,
      String updateTime) {

    static Entry from(Phone p) {
      return new Entry(
          p.phoneName(),
          p.serverId(),
          p.phoneId(),
          p.phoneModelName(),
          p.imageId(),
          p.imageVersion(),
          p.vncEnable(),
          p.status().wire(),
          p.type(),
          p.imei(),
          p.trafficType(),
          p.volumeMode(),
          p.availabilityZone(),
          p.metadata(),
          p.hasEncrypt(),
          CphTime.format(p.createTime()),
          CphTime.format(p.updateTime()));
    }
  }
}
