package io.troubleshooter.incident;

/**
 * What the engineer types about the case: the ticket reference, the VM or host, the customer (optional)
 * and free notes. Blank values are kept as empty strings so the UI never has to check for null.
 */
public record IncidentInfo(String reference, String vmName, String customer, String notes) {

    public IncidentInfo {
        reference = orEmpty(reference);
        vmName = orEmpty(vmName);
        customer = orEmpty(customer);
        notes = orEmpty(notes);
    }

    public static IncidentInfo of(String reference, String vmName) {
        return new IncidentInfo(reference, vmName, "", "");
    }

    public IncidentInfo withNotes(String value) {
        return new IncidentInfo(reference, vmName, customer, value);
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
