// lints: arithmetic_overflow unused_variables
// regen: build
// 128-bit constants: i128's limits are modelled exactly (its MIN negated, its
// MAX plus one), u128 values above i128::MAX are not known to sluice and must
// stay silent rather than be judged wrong.
fn main() {
    let small = -11i128;
    let top = 170141183460469231731687303715884105727i128;
    let past = top + 1;
    let low = -170141183460469231731687303715884105727i128 - 1;
    let wide = 170141183460469231731687303715884105727u128;
    let doubled = (wide + wide) + 1;
    println!("{} {} {}", small, low, doubled);
}
