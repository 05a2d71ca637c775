package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionCase.err;
import static dev.burstgrid.lang.function.FunctionCase.ok;
import static dev.burstgrid.lang.function.FunctionCase.s;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateTimeFunctionsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        ok("\"02 Jan 2018 23:12 UTC\"", "formatdate", s("DD MMM YYYY hh:mm ZZZ"), s("2018-01-02T23:12:01Z")),
        ok(
            "\"Tuesday, 02-Jan-18 23:12:01 UTC\"",
            "formatdate",
            s("EEEE, DD-MMM-YY hh:mm:ss ZZZ"),
            s("2018-01-02T23:12:01Z")),
        ok(
            "\"Tue, 02 Jan 2018 23:12:01 -0800\"",
            "formatdate",
            s("EEE, DD MMM YYYY hh:mm:ss ZZZ"),
            s("2018-01-02T23:12:01-08:00")),
        ok("\"Jan 02, 2018\"", "formatdate", s("MMM DD, YYYY"), s("2018-01-02T23:12:01Z")),
        ok("\"11:12pm\"", "formatdate", s("HH:mmaa"), s("2018-01-02T23:12:01Z")),
        ok("\"23h12\"", "formatdate", s("h'h'mm"), s("2018-01-02T23:12:01-08:00")),
        ok("\"11 o'clock\"", "formatdate", s("H 'o''clock'"), s("2018-01-02T23:12:01-08:00")),
        ok(
            "\"2018-01-02T23:12:01-08:00\"",
            "formatdate",
            s("YYYY-MM-DD'T'hh:mm:ssZ"),
            s("2018-01-02T23:12:01.5-08:00")),
        ok("\"1/2 9:05:07 AM +05:30\"", "formatdate", s("M/D h:mm:ss AA ZZZZZ"), s("2018-01-02T09:05:07+05:30")),
        err("not a valid RFC3339 timestamp", "formatdate", s("YYYY"), s("2018-01-02")),
        err("invalid date format verb \"Q\"", "formatdate", s("Q"), s("2018-01-02T23:12:01Z")),
        err("unterminated literal", "formatdate", s("'abc"), s("2018-01-02T23:12:01Z")),
        ok("\"2017-11-22T00:10:00Z\"", "timeadd", s("2017-11-22T00:00:00Z"), s("10m")),
        ok("\"2017-11-21T22:30:00+01:00\"", "timeadd", s("2017-11-22T00:00:00+01:00"), s("-1.5h")),
        ok("\"2017-11-22T02:45:01Z\"", "timeadd", s("2017-11-22T00:00:00Z"), s("2h45m1s")),
        err("invalid duration", "timeadd", s("2017-11-22T00:00:00Z"), s("10 minutes")),
        ok("0", "timecmp", s("2017-11-22T00:00:00Z"), s("2017-11-22T00:00:00Z")),
        ok("-1", "timecmp", s("2017-11-22T00:00:00Z"), s("2017-11-22T01:00:00Z")),
        ok("1", "timecmp", s("2017-11-22T01:00:00Z"), s("2017-11-22T00:00:00Z")),
        ok("0", "timecmp", s("2017-11-22T01:00:00Z"), s("2017-11-22T00:00:00-01:00")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void call(String name, FunctionCase c) throws Exception {
    c.check();
  }
}
