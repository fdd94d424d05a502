// A validator that reports problems and exits with the number of failures as its status.
struct Check {
    name: &'static str,
    value: i32,
    min: i32,
    max: i32,
}

fn run(checks: &[Check]) -> i32 {
    let mut failures = 0;
    for c in checks {
        let ok = c.value >= c.min && c.value <= c.max;
        println!("{:<12} {:>5} in [{}, {}]: {}", c.name, c.value, c.min, c.max, if ok { "ok" } else { "FAIL" });
        if !ok {
            failures += 1;
        }
    }
    failures
}

fn main() {
    let checks = [
        Check { name: "cpu_temp", value: 71, min: 0, max: 85 },
        Check { name: "fan_rpm", value: 300, min: 800, max: 3000 },
        Check { name: "voltage_mv", value: 3310, min: 3200, max: 3400 },
        Check { name: "disk_pct", value: 97, min: 0, max: 90 },
    ];
    let failures = run(&checks);
    println!("{} of {} checks failed", failures, checks.len());
    if failures > 0 {
        std::process::exit(failures);
    }
    println!("all good");
}
