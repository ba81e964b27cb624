package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.TimeGrain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real CoreNLP pipeline with the shipped (extracted) models, loaded once for the class. */
class QuestionParserTest {
    /** A Wednesday. */
    private static final LocalDate REF = LocalDate.parse("2025-05-14");
    /** A Friday three days into a year. */
    private static final LocalDate NEW_YEAR = LocalDate.parse("2025-01-03");

    private static QuestionParser parser;

    @BeforeAll
    static void load() {
        parser = QuestionParser.load();
    }

    @Test
    void lemmasAndSuperlatives() {
        ParsedQuestion q = parser.parse("Which authors have the most publications and the highest citations?", REF);
        assertEquals("publication", word(q, "publications").lemma());
        assertEquals("citation", word(q, "citations").lemma());
        assertEquals("JJS", word(q, "highest").pos());
        assertTrue(word(q, "most").pos().matches("RBS|JJS"), word(q, "most").pos());
    }

    @Test
    void comparativeNumbersAreNormalisedWithTheirOperator() {
        ParsedQuestion q = parser.parse("Show orders over $500 from customers with more than 3 orders", REF);
        assertEquals("MONEY", word(q, "500").ner());
        assertEquals(">500.0", word(q, "500").normalized());
        assertEquals(">3.0", word(q, "3").normalized());
        assertEquals("NUMBER", word(q, "3").ner());
    }

    @Test
    void groupingComesFromEnhancedDependencies() {
        ParsedQuestion q = parser.parse("Total revenue by month", REF);
        int revenue = word(q, "revenue").index();
        int month = word(q, "month").index();
        assertTrue(q.dependencies().contains(new ParsedQuestion.Dependency("nmod:by", revenue, month)),
                q.dependencies().toString());
        assertEquals(1, q.dependencies().stream().filter(d -> d.governor() == -1).count());
        ParsedQuestion.Word words = q.words().get(2);
        assertEquals(q.text().substring(words.begin(), words.end()), words.text());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            revenue for the last 30 days                  | 2025-05-14 | 2025-04-15 | 2025-05-15 | DAY
            revenue in the past 6 months                  | 2025-05-14 | 2024-11-15 | 2025-05-15 | MONTH
            sessions over the last two weeks              | 2025-05-14 | 2025-05-01 | 2025-05-15 | WEEK
            revenue for the last 2 quarters               | 2025-05-14 | 2024-11-15 | 2025-05-15 | QUARTER
            revenue in the past three years               | 2025-05-14 | 2022-05-15 | 2025-05-15 | YEAR
            signups in the past week                      | 2025-05-14 | 2025-05-08 | 2025-05-15 | WEEK
            revenue last week                             | 2025-05-14 | 2025-05-05 | 2025-05-12 | WEEK
            revenue this week                             | 2025-05-14 | 2025-05-12 | 2025-05-19 | WEEK
            revenue next week                             | 2025-05-14 | 2025-05-19 | 2025-05-26 | WEEK
            revenue last month                            | 2025-05-14 | 2025-04-01 | 2025-05-01 | MONTH
            revenue this month                            | 2025-05-14 | 2025-05-01 | 2025-06-01 | MONTH
            revenue next month                            | 2025-05-14 | 2025-06-01 | 2025-07-01 | MONTH
            top customers last quarter                    | 2025-05-14 | 2025-01-01 | 2025-04-01 | QUARTER
            revenue this quarter                          | 2025-05-14 | 2025-04-01 | 2025-07-01 | QUARTER
            revenue next quarter                          | 2025-05-14 | 2025-07-01 | 2025-10-01 | QUARTER
            revenue last year                             | 2025-05-14 | 2024-01-01 | 2025-01-01 | YEAR
            revenue this year                             | 2025-05-14 | 2025-01-01 | 2026-01-01 | YEAR
            revenue next year                             | 2025-05-14 | 2026-01-01 | 2027-01-01 | YEAR
            refunds in California year to date            | 2025-05-14 | 2025-01-01 | 2025-05-15 | YEAR
            refunds year-to-date                          | 2025-05-14 | 2025-01-01 | 2025-05-15 | YEAR
            revenue YTD                                   | 2025-05-14 | 2025-01-01 | 2025-05-15 | YEAR
            revenue QTD                                   | 2025-05-14 | 2025-04-01 | 2025-05-15 | QUARTER
            revenue MTD                                   | 2025-05-14 | 2025-05-01 | 2025-05-15 | MONTH
            top regions in the first half of 2024         | 2025-05-14 | 2024-01-01 | 2024-07-01 | QUARTER
            sales in the second half of 2024              | 2025-05-14 | 2024-07-01 | 2025-01-01 | QUARTER
            sales in the first half                       | 2025-05-14 | 2025-01-01 | 2025-07-01 | QUARTER
            sales in H1 2024                              | 2025-05-14 | 2024-01-01 | 2024-07-01 | QUARTER
            sales in H2 2024                              | 2025-05-14 | 2024-07-01 | 2025-01-01 | QUARTER
            What were the total sales in Q3 2024?         | 2025-05-14 | 2024-07-01 | 2024-10-01 | QUARTER
            sales in the third quarter of 2024            | 2025-05-14 | 2024-07-01 | 2024-10-01 | QUARTER
            sales in Q1                                   | 2025-05-14 | 2025-01-01 | 2025-04-01 | QUARTER
            sales in 2024 Q4                              | 2025-05-14 | 2024-10-01 | 2025-01-01 | QUARTER
            users who signed up since March               | 2025-05-14 | 2025-03-01 | -          | MONTH
            customers with no order since June 2023       | 2025-05-14 | 2023-06-01 | -          | MONTH
            revenue by month since June 2023              | 2025-05-14 | 2023-06-01 | -          | MONTH
            daily signups between January 1 and February 15, 2025 | 2025-05-14 | 2025-01-01 | 2025-02-16 | DAY
            revenue from January to March 2024            | 2025-05-14 | 2024-01-01 | 2024-04-01 | MONTH
            revenue between 2020 and 2022                 | 2025-05-14 | 2020-01-01 | 2023-01-01 | YEAR
            revenue in 2024                               | 2025-05-14 | 2024-01-01 | 2025-01-01 | YEAR
            revenue by month in 2024                      | 2025-05-14 | 2024-01-01 | 2025-01-01 | YEAR
            revenue in March 2024                         | 2025-05-14 | 2024-03-01 | 2024-04-01 | MONTH
            employees hired before 2020                   | 2025-05-14 | -          | 2020-01-01 | YEAR
            employees hired after 2020                    | 2025-05-14 | 2021-01-01 | -          | YEAR
            tickets opened today                          | 2025-05-14 | 2025-05-14 | 2025-05-15 | DAY
            tickets opened yesterday by priority          | 2025-05-14 | 2025-05-13 | 2025-05-14 | DAY
            tickets opened 3 days ago                     | 2025-05-14 | 2025-05-11 | 2025-05-12 | DAY
            revenue 2024                                  | 2025-05-14 | 2024-01-01 | 2025-01-01 | YEAR
            revenue for the last 7 days                   | 2025-01-03 | 2024-12-28 | 2025-01-04 | DAY
            revenue last week                             | 2025-01-03 | 2024-12-23 | 2024-12-30 | WEEK
            revenue last month                            | 2025-01-03 | 2024-12-01 | 2025-01-01 | MONTH
            revenue last quarter                          | 2025-01-03 | 2024-10-01 | 2025-01-01 | QUARTER
            revenue last year                             | 2025-01-03 | 2024-01-01 | 2025-01-01 | YEAR
            revenue year to date                          | 2025-01-03 | 2025-01-01 | 2025-01-04 | YEAR
            tickets yesterday                             | 2025-01-03 | 2025-01-02 | 2025-01-03 | DAY
            tickets 5 days ago                            | 2025-01-03 | 2024-12-29 | 2024-12-30 | DAY
            signups since March                           | 2025-01-03 | 2024-03-01 | -          | MONTH
            revenue from November to February 2025        | 2025-01-03 | 2024-11-01 | 2025-03-01 | MONTH
            revenue in the past 12 months                 | 2025-01-03 | 2024-01-04 | 2025-01-04 | MONTH
            """)
    void timePhrases(String question, LocalDate reference, LocalDate from, LocalDate to, TimeGrain grain) {
        ParsedQuestion q = parser.parse(question, reference);
        assertEquals(1, q.times().size(), () -> "one time in " + q.times());
        ParsedQuestion.TimeMention time = q.times().get(0);
        assertEquals(from, time.from(), () -> "from of " + time);
        assertEquals(to, time.to(), () -> "to of " + time);
        assertEquals(grain, time.grain(), () -> "grain of " + time);
        assertEquals(question.substring(q.words().get(time.firstWord()).begin(),
                q.words().get(time.endWord() - 1).end()), time.text());
    }

    @Test
    void mentionCoversThePhraseAndItsPreposition() {
        ParsedQuestion q = parser.parse("Show signups since June 2023 by week", REF);
        assertEquals("since June 2023", q.times().get(0).text());
        assertEquals(2, q.times().get(0).firstWord());
        assertEquals(5, q.times().get(0).endWord());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Top 5 customers by number of orders
            Customers with more than 3 orders
            Cars that go over 200 mph
            Products with more than 2000 units sold
            Orders above 1999 dollars
            Which customers may churn
            The 10 most expensive products
            """)
    void numbersThatAreNotYearsAreNotTimes(String question) {
        assertEquals(List.of(), parser.parse(question, REF).times());
    }

    @Test
    void twoTimesInOneQuestion() {
        ParsedQuestion q = parser.parse("Compare revenue in 2024 with 2023", REF);
        assertEquals(List.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2023-01-01")),
                q.times().stream().map(ParsedQuestion.TimeMention::from).toList());
    }

    @Test
    void fourThreadsSharingThePipelineAgree() throws Exception {
        List<String> questions = List.of("Total revenue by month in 2024", "Top 5 customers by number of orders last quarter",
                "Average order value per country where status is shipped", "Show orders over $500 placed in January",
                "Daily signups between January 1 and February 15, 2025", "Sessions by browser and device for the last two weeks",
                "Which employees were hired after 2020 and work in the Sales department?", "Revenue YTD by store");
        List<ParsedQuestion> expected = questions.stream().map(q -> parser.parse(q, REF)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ParsedQuestion>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int shift = t;
                runs.add(pool.submit(() -> {
                    List<ParsedQuestion> got = new ArrayList<>();
                    for (int round = 0; round < 2; round++) {
                        for (int k = 0; k < questions.size(); k++) {
                            got.add(parser.parse(questions.get((k + shift) % questions.size()), REF));
                        }
                    }
                    return got;
                }));
            }
            for (int t = 0; t < 4; t++) {
                List<ParsedQuestion> got = runs.get(t).get();
                for (int i = 0; i < got.size(); i++) {
                    assertEquals(expected.get((i % questions.size() + t) % questions.size()), got.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ParsedQuestion.Word word(ParsedQuestion q, String text) {
        return q.words().stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + q.words().stream().map(ParsedQuestion.Word::text)
                        .collect(Collectors.joining(" "))));
    }
}
