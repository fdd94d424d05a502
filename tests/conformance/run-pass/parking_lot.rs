// A parking garage with levels, vehicle sizes and hourly billing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Size {
    Motorbike,
    Car,
    Van,
}

#[derive(Debug, Clone, Copy)]
struct Ticket {
    plate: u32,
    size: Size,
    level: usize,
    entered_min: u32,
}

struct Garage {
    free: [[u32; 3]; 2],
    tickets: [Ticket; 16],
    open: usize,
    revenue_cents: u64,
}

impl Size {
    fn index(self) -> usize {
        self as usize
    }
    fn rate_cents(self) -> u64 {
        match self {
            Size::Motorbike => 100,
            Size::Car => 250,
            Size::Van => 400,
        }
    }
}

impl Garage {
    fn enter(&mut self, plate: u32, size: Size, now: u32) -> bool {
        for level in 0..self.free.len() {
            if self.free[level][size.index()] > 0 {
                self.free[level][size.index()] -= 1;
                self.tickets[self.open] = Ticket { plate, size, level, entered_min: now };
                self.open += 1;
                return true;
            }
        }
        false
    }

    fn leave(&mut self, plate: u32, now: u32) {
        for i in 0..self.open {
            let t = self.tickets[i];
            if t.plate == plate {
                let hours = ((now - t.entered_min) + 59) / 60;
                let fee = hours as u64 * t.size.rate_cents();
                self.revenue_cents += fee;
                self.free[t.level][t.size.index()] += 1;
                self.open -= 1;
                self.tickets[i] = self.tickets[self.open];
                println!("{} leaves level {} after {} h, pays {}", plate, t.level, hours, fee);
                return;
            }
        }
        println!("{} has no ticket", plate);
    }
}

fn main() {
    let blank = Ticket { plate: 0, size: Size::Car, level: 0, entered_min: 0 };
    let mut g = Garage { free: [[2, 1, 1], [0, 2, 0]], tickets: [blank; 16], open: 0, revenue_cents: 0 };
    let arrivals = [(101, Size::Car, 0), (102, Size::Van, 5), (103, Size::Van, 12), (104, Size::Car, 20), (105, Size::Car, 31), (106, Size::Motorbike, 40)];
    for (plate, size, t) in arrivals {
        let ok = g.enter(plate, size, t);
        println!("{} ({:?}) at {}: {}", plate, size, t, if ok { "parked" } else { "full" });
    }
    g.leave(102, 200);
    g.leave(104, 61);
    g.leave(999, 70);
    g.leave(101, 600);
    println!("open tickets {}, revenue ${}.{:02}", g.open, g.revenue_cents / 100, g.revenue_cents % 100);
}
