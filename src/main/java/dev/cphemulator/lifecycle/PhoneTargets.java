package dev.cphemulator.lifecycle;

import dev.cphemulator.kernel.CphViolations.InvalidParameter;
import dev.cphemulator.kernel.CphViolations.PhoneIdInvalid;
import dev.cphemulator.kernel.CphViolations.PhoneIdListEmpty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The phones a restart, reset or stop names (a stop's bare ids as phones without a property),
 * checked as a whole before any phone is looked at: a missing or empty list is CPH's {@code
 * CPS.0009}; more than {@value PhoneActions#MAX_PHONES} phones {@code CPS.9001}; a missing phone,
 * or one without an id or with a blank one, CPH's {@code CPS.0004}; a property that is not a JSON
 * object of at most {@value PhoneProperty#MAX_BYTES} bytes {@code CPS.9001} naming it. Of several
 * problems, the list's own wins, then the first phone's in the list's order; within a phone, its id
 * before its property.
 */
record PhoneTargets(
    @NotEmpty(payload = PhoneIdListEmpty.class)
        @Size(
            max = PhoneActions.MAX_PHONES,
            payload = InvalidParameter.class,
            message = "it holds ${validatedValue.size()} phones, at most {max} are allowed")
        List<@NotNull(payload = PhoneIdInvalid.class) @Valid PhoneProperty> phones) {}
