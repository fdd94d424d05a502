fn main() {
    let data = [4, 9, 2, 7, 5];
    let s = stats::summarize(&data);
    println!("min {} max {} mean {:.2}", s.min, s.max, s.mean);
    for v in data {
        plot::bar(v, s.max);
    }
}
