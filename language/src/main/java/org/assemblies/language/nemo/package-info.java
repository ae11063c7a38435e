/**
 * NEMO word order and generation (spec language.md §3; Mitropolsky and Papadimitriou,
 * arXiv:2507.11788, and the reference's {@code word_order_int.py}): a learner that hears words
 * and sentences with the scene it perceives and a mood, and a generator that describes scenes it
 * never heard about in the learned order. Design and parameters: {@code docs/design/nemo.md}.
 *
 * <pre>{@code
 * LanguageLearner learner = LanguageLearner.of(7);
 * learner.hearWord("dog", "dog");                      // stage 1: a word with its referent
 * ...
 * learner.hearSentence(List.of("dog", "chases", "cat"), Scene.of("dog", "chase", "cat")); // stage 2
 * SentenceGenerator generator = new SentenceGenerator(learner);
 * List<String> words = generator.generate(Scene.of("cat", "chase", "dog"), "declarative").words();
 * }</pre>
 *
 * <p>Areas: PHON (words), SCENE (perceived concepts), MOOD (explicit); role areas AGENT, ACTION,
 * PATIENT and syntactic areas SUBJ, VERB, OBJ (lazy). {@link org.assemblies.language.nemo.MutualInhibition}
 * is the competition of a group of areas (only the one with the largest total input fires); it
 * routes each heard word to a role while learning and picks the next constituent while
 * generating. The order is held by the synapses MOOD → first role and SUBJ/VERB/OBJ → next role,
 * learned by Hebbian plasticity; {@link org.assemblies.language.nemo.ToyLanguage} (the teacher)
 * and {@link org.assemblies.language.nemo.Curriculum} (the staged course) hold the ground truth,
 * which the learner never reads.
 */
package org.assemblies.language.nemo;
