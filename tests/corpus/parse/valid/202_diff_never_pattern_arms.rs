// Nightly never patterns: `!` matches an uninhabited value, and such an arm has no `=> body`.
// The parser accepts both whatever the feature gates say (they are checked later).
#![feature(never_patterns)]
#![allow(incomplete_features)]

enum Void {}

fn unwrap_infallible<T>(r: Result<T, Void>) -> T {
    match r {
        Ok(value) => value,
        Err(!),
    }
}

fn first_ok(r: Result<u8, Void>) -> u8 {
    match r {
        Ok(v) => v,
        Err(!)
    }
}

fn main() {
    println!("{} {}", unwrap_infallible::<u32>(Ok(7)), first_ok(Ok(1)));
}
