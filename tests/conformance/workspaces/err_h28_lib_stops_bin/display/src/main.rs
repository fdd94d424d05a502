use meter::{energy_wh, peak_kw, Sample};

fn main() {
    let samples = [Sample { watts: 1500, at_ms: 0 }, Sample { watts: 2500, at_ms: 60_000 }];
    println!("{} Wh, peak {} kW", energy_wh(&samples), peak_kw(&samples));
    println!("{}", meter::label(samples[1]));
    println!("{}", undefined_value);
    let wrong: bool = energy_wh(&samples);
}
