/** Export benchmarks run by hand (not part of {@code mvn test}); see docs/performance-export.md. */
package app.quire.bench;
