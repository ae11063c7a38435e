package org.assemblies.language.nemo;

/**
 * What the learner perceives while it hears a sentence: who does (agent) what (action) to whom
 * (patient), as concept names. The concepts' names are the learner's percepts, not words: the word
 * for a concept is learned.
 *
 * @param agent the agent's concept, e.g. "dog"
 * @param action the action's concept, e.g. "chase"
 * @param patient the patient's concept, e.g. "cat"
 */
public record Scene(String agent, String action, String patient) {

  public Scene {
    check("agent", agent);
    check("action", action);
    check("patient", patient);
  }

  /** A scene {@code agent action patient}. */
  public static Scene of(String agent, String action, String patient) {
    return new Scene(agent, action, patient);
  }

  private static void check(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + "='" + value + "' must be a non-empty concept name");
    }
  }

  /** The concept in a role. */
  public String concept(Role role) {
    return switch (role) {
      case AGENT -> agent;
      case ACTION -> action;
      case PATIENT -> patient;
    };
  }

  @Override
  public String toString() {
    return agent + "/" + action + "/" + patient;
  }
}
