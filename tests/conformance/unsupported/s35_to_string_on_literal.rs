// A score printed through `to_string` on a value whose type comes from its
// literal: the trait method is outside L1 (S0001), not an ambiguous type.
fn main() {
    let score = 42;
    let doubled = score * 2;
    let label = doubled.to_string();
    println!("score {} -> {}", score, label);
}
