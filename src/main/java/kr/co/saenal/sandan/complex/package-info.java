/**
 * The directory of industrial complexes (산업단지) with KICOX's quarterly figures: {@code IndustrialComplex}, the same
 * complex quarter after quarter; {@code WorkbookImport}, one imported workbook (kind, quarter, file, who, when);
 * {@code QuarterlyStatistics} and {@code QuarterlyTrend}, the figures of a quarter as an import stored them
 * ({@code Figure}: a number, or "X" suppressed / "-" none, never 0); {@code ShortNameMapping}, which complex a short
 * name of the trend workbook means. {@code ComplexDirectory} is what pages and other features read (read models:
 * lists, summaries, one complex), its queries in {@code ComplexRepository}; {@code ImportRepository} holds the
 * queries of the import ({@code importing}).
 */
package kr.co.saenal.sandan.complex;
