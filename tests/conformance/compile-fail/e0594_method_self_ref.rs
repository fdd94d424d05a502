// A method that mutates state but takes `&self`, and a write into an immutable array.
struct Odometer {
    km: u64,
    trips: u32,
}

impl Odometer {
    fn drive(&self, km: u64) {
        self.km += km;
        self.trips += 1;
    }
}

fn main() {
    let o = Odometer { km: 0, trips: 0 };
    o.drive(12);
    let history = [0u64; 3];
    history[0] = o.km;
    println!("{} {} {:?}", o.km, o.trips, history);
}
