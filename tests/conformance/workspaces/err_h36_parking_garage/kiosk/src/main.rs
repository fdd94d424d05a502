use billing::charge;
use garage::spots::{Garage, Ticket, Vehicle};

fn main() {
    let mut g = Garage::new();
    let arrivals = [(4411u32, Vehicle::Car, 0u32), (5120, Vehicle::Van, 10), (9001, Vehicle::MotorCycle, 30)];
    let mut tickets = [Ticket { plate: 0, vehicle: Vehicle::Car, entered_min: 0, spot: 0 }; 3];
    for (i, &(plate, vehicle, at)) in arrivals.iter().enumerate() {
        tickets[i] = g.enter(plate, vehicle, at);
    }
    let now: u64 = 200;
    let mut revenue = 0;
    for t in tickets {
        let cents = charge(&t, now);
        revenue += cents;
        println!("plate {} spot {} pays {}", t.plate, t.spot(), cents);
        g.leave(t);
    }
    println!("hourly van rate {}", billing::rates::hourly_cents(Vehicle::Van));
    println!("revenue {} from {} tickets", revenue, g.issued);
}
