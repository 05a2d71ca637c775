package dev.burstgrid.modules.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayloadMatchTest {

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{}                        | {\"a\":1}                      | true",
        "{}                        | \"text\"                       | true",
        "{\"id\":\"42\"}           | {\"id\":42,\"x\":true}         | true",
        "{\"id\":42}               | {\"id\":\"42\"}                | true",
        "{\"id\":42}               | {\"id\":43}                    | false",
        "{\"id\":1}                | {\"other\":1}                  | false",
        "{\"id\":1}                | \"text\"                       | false",
        "{\"id\":1}                | null                           | false",
        "{\"ok\":\"true\"}         | {\"ok\":true}                  | true",
        "{\"n\":1.5}               | {\"n\":1.50}                   | true",
        "{\"u\":{\"id\":1}}        | {\"u\":{\"id\":1,\"name\":\"a\"}} | true",
        "{\"u\":{\"id\":1}}        | {\"u\":{\"id\":2}}             | false",
        "{\"u\":{\"id\":1}}        | {\"u\":1}                      | false",
        "{\"tags\":[\"a\",\"b\"]}  | {\"tags\":[\"a\",\"b\"]}       | true",
        "{\"tags\":[\"a\"]}        | {\"tags\":[\"a\",\"b\"]}       | false",
        "{\"gone\":null}           | {\"gone\":null}                | true",
        "{\"gone\":null}           | {\"gone\":0}                   | false",
      })
  void aPayloadMatchesWhenItHoldsEveryEntryOfThePattern(String pattern, String payload, boolean matches)
      throws Json.JsonException {
    Map<String, Value> entries = ((Value.ObjectValue) Json.decode(pattern)).attributes();
    assertThat(PayloadMatch.matches(entries, Json.decode(payload))).isEqualTo(matches);
  }
}
