// A shipping label whose carrier name is only set in some match arms.
#[derive(Clone, Copy)]
enum Zone {
    Local,
    National,
    International,
}

fn main() {
    let zones = [Zone::Local, Zone::International];
    for z in zones {
        let carrier: &str;
        let days: u32;
        match z {
            Zone::Local => {
                carrier = "bike";
                days = 1;
            }
            Zone::National => carrier = "truck",
            Zone::International => days = 10,
        }
        println!("{} in {} days", carrier, days);
    }
}
