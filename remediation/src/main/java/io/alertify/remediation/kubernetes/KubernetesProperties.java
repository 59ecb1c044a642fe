package io.alertify.remediation.kubernetes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alertify.remediation.kubernetes.*}.
 *
 * @param namespace where scripts act when a request names no namespace; checked at startup, so a typo
 *                  fails the boot instead of every run
 * @param masterUrl API server URL overriding the one found in kubeconfig or the in-cluster service
 *                  account (tests point it at fabric8's mock server); blank for none
 * @param allowedNamespaces the only namespaces a script may act in; empty means {@code namespace} alone,
 *                  so that nobody restarts pods in {@code kube-system} because a request said so
 */
@Validated
@ConfigurationProperties("alertify.remediation.kubernetes")
public record KubernetesProperties(
        @DefaultValue("default") @NotBlank @Size(max = KubernetesNames.DNS_LABEL_MAX_LENGTH)
        @Pattern(regexp = KubernetesNames.DNS_LABEL_REGEX) String namespace,
        String masterUrl,
        List<@Pattern(regexp = KubernetesNames.DNS_LABEL_REGEX) String> allowedNamespaces) {

    public KubernetesProperties {
        allowedNamespaces = allowedNamespaces == null || allowedNamespaces.isEmpty() ? List.of(namespace)
                : List.copyOf(allowedNamespaces);
    }
}
