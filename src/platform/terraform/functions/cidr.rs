//! `cidrsubnet` and `cidrhost` of IPv4 prefixes.

use super::Args;
use crate::doc::Value as V;
use crate::platform::terraform::resolve::Env;
use std::net::Ipv4Addr;

/// `cidrsubnet(prefix, newbits, netnum)`: the prefix `newbits` longer,
/// numbered `netnum`; `cidrhost(prefix, hostnum)`: the address numbered
/// `hostnum` in it, counted from the end when negative. A number the prefix
/// has no room for is an error. Not known: IPv6, a prefix written as Go
/// reads it but Rust does not (leading zeros), a negative `newbits` or
/// `netnum`.
pub(super) fn cidr(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    let prefix: ipnet::Ipv4Net = args.text(0, env)?.parse().ok()?;
    let (network, length) = (u32::from(prefix.network()), u32::from(prefix.prefix_len()));
    match (name, args.len()) {
        ("cidrsubnet", 3) => {
            let (newbits, netnum) = (u32::try_from(args.int(1, env)?).ok()?, u64::try_from(args.int(2, env)?).ok()?);
            let length = length.checked_add(newbits).filter(|l| *l <= 32);
            let Some(length) = length.filter(|_| netnum < 1u64 << newbits.min(63)) else { return env.fail() };
            let shifted = u32::try_from(netnum).ok()?.checked_shl(32 - length).unwrap_or(0);
            Some(V::Str(format!("{}/{length}", Ipv4Addr::from(network | shifted))))
        }
        ("cidrhost", 2) => {
            let hostnum = args.int(1, env)?;
            let last = (1i64 << (32 - length)) - 1;
            let number = if hostnum < 0 { last + hostnum + 1 } else { hostnum };
            if !(0..=last).contains(&number) {
                return env.fail();
            }
            Some(V::Str(Ipv4Addr::from(network.checked_add(u32::try_from(number).ok()?)?).to_string()))
        }
        _ => None,
    }
}
