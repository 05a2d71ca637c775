package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.Args.str;
import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returns;
import static dev.burstgrid.lang.value.Type.NUMBER;
import static dev.burstgrid.lang.value.Type.STRING;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** {@code cidrhost cidrnetmask cidrsubnet cidrsubnets}: IP address arithmetic. */
final class IpNetworkFunctions {
  private IpNetworkFunctions() {}

  /** A parsed {@code address/prefix}; {@code base} is the network address. */
  private record Cidr(BigInteger base, int prefix, int bits) {
    static Cidr parse(List<Value> args, int i) throws FunctionException {
      String s = str(args, i);
      int slash = s.indexOf('/');
      IpAddress ip = slash < 0 ? null : IpAddress.parse(s.substring(0, slash));
      String len = slash < 0 ? "" : s.substring(slash + 1);
      if (ip == null || !len.matches("\\d{1,3}") || Integer.parseInt(len) > ip.bits()) {
        throw new FunctionException(i, "invalid CIDR expression: invalid CIDR address: " + s);
      }
      int prefix = Integer.parseInt(len);
      BigInteger hostMask = BigInteger.ONE.shiftLeft(ip.bits() - prefix).subtract(BigInteger.ONE);
      return new Cidr(ip.value().andNot(hostMask), prefix, ip.bits());
    }

    String address(BigInteger v) {
      return new IpAddress(v, bits).toString();
    }

    BigInteger size() {
      return BigInteger.ONE.shiftLeft(bits - prefix);
    }
  }

  static List<Function> all() {
    return List.of(
        FunctionSpec.of(
            "cidrhost",
            "Returns the address of a host number within a network prefix.",
            params(Param.of("prefix", STRING), Param.of("hostnum", NUMBER)),
            returns(STRING),
            IpNetworkFunctions::cidrhost),
        FunctionSpec.of(
            "cidrnetmask",
            "Returns the IPv4 netmask of a network prefix in dotted-decimal form.",
            params(Param.of("prefix", STRING)),
            returns(STRING),
            args -> {
              Cidr c = Cidr.parse(args, 0);
              if (c.bits() != 32) {
                throw new FunctionException(0, "only IPv4 networks have a netmask");
              }
              BigInteger mask =
                  BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE).xor(
                      c.size().subtract(BigInteger.ONE));
              return Value.string(c.address(mask));
            }),
        FunctionSpec.of(
            "cidrsubnet",
            "Calculates a subnet address within a network prefix.",
            params(Param.of("prefix", STRING), Param.of("newbits", NUMBER), Param.of("netnum", NUMBER)),
            returns(STRING),
            IpNetworkFunctions::cidrsubnet),
        FunctionSpec.variadic(
            "cidrsubnets",
            "Calculates consecutive subnet addresses of the given sizes within a prefix.",
            params(Param.of("prefix", STRING)),
            Param.of("newbits", NUMBER),
            returns(new Type.ListOf(STRING)),
            IpNetworkFunctions::cidrsubnets));
  }

  private static Value cidrhost(List<Value> args) throws FunctionException {
    Cidr c = Cidr.parse(args, 0);
    BigInteger host = Args.num(args, 1).toBigInteger();
    BigInteger n = host.signum() < 0 ? host.add(c.size()) : host;
    if (n.signum() < 0 || n.compareTo(c.size()) >= 0) {
      throw new FunctionException(
          1, "prefix of " + c.prefix() + " does not accommodate a host numbered " + host);
    }
    return Value.string(c.address(c.base().add(n)));
  }

  private static Value cidrsubnet(List<Value> args) throws FunctionException {
    Cidr c = Cidr.parse(args, 0);
    int newbits = Args.wholeInt(args, 1);
    BigInteger netnum = Args.num(args, 2).toBigInteger();
    if (newbits < 0 || c.prefix() + newbits > c.bits()) {
      throw new FunctionException(
          1, "insufficient address space to extend prefix of " + c.prefix() + " by " + newbits);
    }
    if (netnum.signum() < 0 || netnum.bitLength() > newbits) {
      throw new FunctionException(
          2, "prefix extension of " + newbits + " does not accommodate a subnet numbered " + netnum);
    }
    int prefix = c.prefix() + newbits;
    BigInteger addr = c.base().or(netnum.shiftLeft(c.bits() - prefix));
    return Value.string(c.address(addr) + "/" + prefix);
  }

  private static Value cidrsubnets(List<Value> args) throws FunctionException {
    Cidr c = Cidr.parse(args, 0);
    BigInteger end = c.base().add(c.size());
    List<String> out = new ArrayList<>();
    BigInteger next = c.base();
    for (int i = 1; i < args.size(); i++) {
      int newbits = Args.wholeInt(args, i);
      if (newbits < 1) {
        throw new FunctionException(i, "must extend prefix by at least one bit");
      }
      int prefix = c.prefix() + newbits;
      if (prefix > c.bits()) {
        throw new FunctionException(
            i, "would extend prefix to " + prefix + " bits, which is too long for an IPv"
                + (c.bits() == 32 ? 4 : 6) + " address");
      }
      BigInteger size = BigInteger.ONE.shiftLeft(c.bits() - prefix);
      // Round up to the next boundary of this subnet's size.
      BigInteger start = next.add(size).subtract(BigInteger.ONE).divide(size).multiply(size);
      if (start.add(size).compareTo(end) > 0) {
        throw new FunctionException(
            i, "not enough remaining address space for a subnet with a prefix of " + prefix
                + " bits after " + (out.isEmpty() ? c.address(c.base()) : out.get(out.size() - 1)));
      }
      out.add(c.address(start) + "/" + prefix);
      next = start.add(size);
    }
    return Args.strings(out);
  }
}
