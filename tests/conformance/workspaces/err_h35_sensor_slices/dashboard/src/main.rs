use sensors::{Bank, Health, Reading};

fn strongest(rs: &[Reading]) -> Reading {
    let mut best = 0;
    for i in 0..rs.len() {
        if rs[i].millivolts.abs() > rs[best].millivolts.abs() {
            best = i;
        }
    }
    rs[best]
}

fn main() {
    let bank = Bank::demo();
    let w = bank.window(1);
    println!("{} {}", w.len(), w[0].channel.is_negative());
    let errors = match bank.health() {
        Health::Good => 0,
        Health::Degraded { errors, .. } => *errors,
    };
    let bad = match *bank.health() {
        Health::Degraded { reading, .. } => reading,
        Health::Good => Reading { channel: 0, millivolts: 0 },
    };
    println!("{} {:?} {:?}", errors, bad, strongest(w));
}
