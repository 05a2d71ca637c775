package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionCase.err;
import static dev.burstgrid.lang.function.FunctionCase.n;
import static dev.burstgrid.lang.function.FunctionCase.ok;
import static dev.burstgrid.lang.function.FunctionCase.s;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IpNetworkFunctionsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        ok("\"10.12.112.16\"", "cidrhost", s("10.12.112.0/20"), n(16)),
        ok("\"10.12.113.12\"", "cidrhost", s("10.12.112.0/20"), n(268)),
        ok("\"10.12.127.254\"", "cidrhost", s("10.12.112.0/20"), n(-2)),
        ok("\"fd00:fd12:3456:7890::22\"", "cidrhost", s("fd00:fd12:3456:7890:00a2::/72"), n(34)),
        err("does not accommodate a host numbered 256", "cidrhost", s("10.0.0.0/24"), n(256)),
        err("invalid CIDR address", "cidrhost", s("10.0.0/24"), n(1)),
        ok("\"255.240.0.0\"", "cidrnetmask", s("172.16.0.0/12")),
        ok("\"0.0.0.0\"", "cidrnetmask", s("0.0.0.0/0")),
        ok("\"172.18.0.0/16\"", "cidrsubnet", s("172.16.0.0/12"), n(4), n(2)),
        ok("\"10.1.2.240/28\"", "cidrsubnet", s("10.1.2.0/24"), n(4), n(15)),
        ok("\"fd00:fd12:3456:7800:a200::/72\"", "cidrsubnet", s("fd00:fd12:3456:7890::/56"), n(16), n(162)),
        err("insufficient address space", "cidrsubnet", s("10.0.0.0/30"), n(4), n(0)),
        err("does not accommodate a subnet numbered 16", "cidrsubnet", s("10.0.0.0/8"), n(4), n(16)),
        ok(
            "[\"10.1.0.0/20\",\"10.1.16.0/20\",\"10.1.32.0/24\",\"10.1.48.0/20\"]",
            "cidrsubnets",
            s("10.1.0.0/16"),
            n(4),
            n(4),
            n(8),
            n(4)),
        ok(
            "[\"fd00:fd12:3456:7800::/72\",\"fd00:fd12:3456:7800:100::/72\","
                + "\"fd00:fd12:3456:7800:200::/72\",\"fd00:fd12:3456:7800:300::/88\"]",
            "cidrsubnets",
            s("fd00:fd12:3456:7800::/56"),
            n(16),
            n(16),
            n(16),
            n(32)),
        err("not enough remaining address space", "cidrsubnets", s("10.0.0.0/24"), n(1), n(1), n(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void call(String name, FunctionCase c) throws Exception {
    c.check();
  }
}
