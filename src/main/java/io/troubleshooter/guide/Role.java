package io.troubleshooter.guide;


/**
 * What a label, a table column or a sub-heading holds in an error's description. The vocabulary names
 * roles; where it has no word for a label, the label's place among its repeats decides (see {@link LabelRoles}).
 */
enum Role {
    CODE, MESSAGE, CAUSE, ACTION, SYMPTOM, OTHER;

    /** The role the vocabulary gives {@code label}, or OTHER. */
    static Role of(String label, Terms terms) {
        String s = label.strip();
        if (s.isEmpty() || s.length() > 60) {
            // Labels and role headings are a few words; a sentence names no role.
            return OTHER;
        }
        if (terms.contains(Terms.Key.ERROR_CODE, s)) {
            return CODE;
        }
        if (terms.contains(Terms.Key.ERROR_MESSAGE, s)) {
            return MESSAGE;
        }
        if (terms.contains(Terms.Key.CAUSE, s)) {
            return CAUSE;
        }
        if (terms.contains(Terms.Key.SOLUTION, s)) {
            return ACTION;
        }
        if (terms.contains(Terms.Key.SYMPTOM, s)) {
            return SYMPTOM;
        }
        return OTHER;
    }
}
