fn main() {
    let total = 120;
    let count = 8;
    println!("average = {}", total / count, unit = "ms");
}
