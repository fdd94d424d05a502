// lints: unused_assignments
// A search loop whose initial values are always overwritten before being read.
fn main() {
    let temps = [12, 19, 23, 17, 9];
    let mut hottest = 0;
    let mut label = "none";
    hottest = temps[0];
    for t in temps {
        if t > hottest {
            hottest = t;
        }
    }
    label = if hottest > 20 { "warm" } else { "cool" };
    println!("{} {}", hottest, label);
    let mut retries = 3;
    retries = 5;
    println!("retries {}", retries);
    let mut last_error = 0;
    for code in [0, 7, 0] {
        last_error = code;
    }
}
