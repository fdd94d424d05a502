// lints: unused_variables
// Variables used only inside format strings must count as used.
fn main() {
    let name = "widget";
    let width = 12;
    let prec = 2;
    let price = 4.5;
    let mut counter = 0;
    counter += 1;
    println!("{name:>width$} costs {price:.prec$} (#{counter})");
    let unused_thing = 99;
    let pad = 4;
    println!("{:>pad$}|", 'x');
    let p2 = 3;
    println!("{:.p2$}", 1.0 / 3.0);
}
