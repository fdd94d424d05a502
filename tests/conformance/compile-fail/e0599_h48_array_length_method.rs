// JavaScript habits: `.length()` and `.size()` on arrays and str.
fn main() {
    let primes = [2, 3, 5, 7, 11];
    let label = "primes";
    println!("{} has {} entries", label, primes.length());
    println!("label size {}", label.size());
    println!("ok {}", primes.len() + label.len());
}
