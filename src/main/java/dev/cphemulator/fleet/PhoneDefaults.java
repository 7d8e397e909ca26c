package dev.cphemulator.fleet;

/**
 * Stable values for phone fields that only ShowCloudPhoneDetail returns and a fleet file does not
 * describe. They are derived from the phone when asked, not stored: they never change, and a fleet
 * of a million phones should not carry them.
 */
final class PhoneDefaults {

  private PhoneDefaults() {}

  /**
   * The phone's attributes (CPH's "cloud phone attribute list") as a JSON object in a string, as
   * CPH's {@code property} is. The IMSI and phone number are derived from the IMEI so that every
   * phone has its own.
   */
  static String property(Phone phone) {
    String digits = phone.imei().replaceAll("[^0-9]", "");
    String tail = ("0000000000" + digits).substring(digits.length());
    return "{\"com.cph.mainkeys\":0,"
        + "\"gsm.sim.operator.iso-country\":\"cn\","
        + "\"sys.prop.writeimsi\":\"46000"
        + tail
        + "\","
        + "\"sys.prop.writephonenum\":\"1380"
        + tail.substring(3)
        + "\","
        + "\"sys.prop.writewifissid\":\"cloudphone_wifi\"}";
  }
}
