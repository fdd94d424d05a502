mod format;

fn main() {
    let latencies_ms = [12, 15, 11, 40, 13];
    let as_float = [12.0, 15.0, 11.0, 40.0, 13.0];
    println!("mean {}", stats::mean(&latencies_ms));
    println!("p90 {}", stats::percentile(&as_float, 90.0));
    println!("p50 {}", stats::percentile(&as_float));
    let s = stats::summarize(&as_float);
    format::print_summary(s);
}
