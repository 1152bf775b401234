package kr.co.saenal.sandan.platform.web;

import java.util.List;
import java.util.Map;

/**
 * Sources a feature needs in the Content Security Policy of the page being served, beyond our own origin: a third
 * party's script that an administrator turned on (the site's analytics). Implementations are CDI beans; the policy
 * of a Faces page is extended by {@link PolicyExtension} with what they answer, and stays as strict as ever when
 * they answer nothing.
 */
public interface PolicySources {

    /** Directive ({@code script-src}) to the sources it must allow, for the request being served; empty for none. */
    Map<String, List<String>> sources();
}
