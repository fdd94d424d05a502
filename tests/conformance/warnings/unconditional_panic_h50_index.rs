// lints: unconditional_panic
// regen: build
fn main() {
    let primes = [2, 3, 5, 7];
    for p in primes {
        print!("{p} ");
    }
    println!();
    println!("fifth prime: {}", primes[4]);
}
