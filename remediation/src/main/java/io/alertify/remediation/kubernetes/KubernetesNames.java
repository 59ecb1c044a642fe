package io.alertify.remediation.kubernetes;

import java.util.regex.Pattern;

/**
 * Kubernetes' own rules for names and label values (apimachinery's validation), so that a parameter
 * which passes the schema is a name the API could accept and can never smuggle in anything else (a
 * label selector such as {@code a,b!=c}, a path segment, a shell fragment).
 */
public final class KubernetesNames {

    /** RFC 1123 label: namespaces, and the parts of a subdomain. */
    public static final String DNS_LABEL_REGEX = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    public static final Pattern DNS_LABEL = Pattern.compile(DNS_LABEL_REGEX);
    public static final int DNS_LABEL_MAX_LENGTH = 63;

    /** Exactly one of {@code names}, nothing else. */
    public static Pattern oneOf(java.util.Collection<String> names) {
        return Pattern.compile(String.join("|", names.stream().map(Pattern::quote).toList()));
    }
    public static final String DNS_LABEL_HINT =
            "a DNS label (lowercase letters, digits and '-', starting and ending with a letter or digit)";

    /** RFC 1123 subdomain: pod names. */
    public static final Pattern DNS_SUBDOMAIN = Pattern.compile(DNS_LABEL_REGEX + "(\\." + DNS_LABEL_REGEX + ")*");
    public static final int DNS_SUBDOMAIN_MAX_LENGTH = 253;
    public static final String DNS_SUBDOMAIN_HINT = "a DNS-1123 subdomain (lowercase letters, digits, '-' and '.',"
            + " starting and ending with a letter or digit)";

    /** A non-empty label value. */
    public static final Pattern LABEL_VALUE = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
    public static final int LABEL_VALUE_MAX_LENGTH = 63;
    public static final String LABEL_VALUE_HINT = "a label value (letters, digits, '-', '_' and '.',"
            + " starting and ending with a letter or digit)";

    private KubernetesNames() {
    }
}
