/**
 * Authentication of CPH requests, as Huawei's API gateway does it in front of CPH: nothing checked
 * ({@code off}), credentials merely present ({@code present}), or AK/SK signatures
 * (SDK-HMAC-SHA256) and tokens checked against configured credentials, each bound to one project
 * ({@code strict}). Also guards the operator API with its own token. Refusals are the gateway's
 * {@code APIGW.0301}/{@code APIGW.0303} bodies. Depends only on {@code kernel} and {@code web}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "web"})
package dev.cphemulator.auth;

import org.springframework.modulith.ApplicationModule;
