package dev.cphemulator.lifecycle;

import dev.cphemulator.kernel.CphViolations.InvalidParameter;
import dev.cphemulator.kernel.CphViolations.ServerIdListEmpty;
import dev.cphemulator.kernel.CphViolations.ServerIdMalformed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The servers a RestartCloudPhoneServer names, checked as a whole before any server is looked at: a
 * missing or empty list is {@code CPS.9104}; more than {@value ServerRestarts#MAX_SERVERS} ids
 * {@code CPS.9001}; a missing or blank id CPH's {@code CPS.0016}. The list's own problem wins over
 * its ids'.
 */
record ServerTargets(
    @NotEmpty(payload = ServerIdListEmpty.class)
        @Size(
            max = ServerRestarts.MAX_SERVERS,
            payload = InvalidParameter.class,
            message = "it holds ${validatedValue.size()} ids, at most {max} are allowed")
        List<@NotBlank(payload = ServerIdMalformed.class) String> serverIds) {}
