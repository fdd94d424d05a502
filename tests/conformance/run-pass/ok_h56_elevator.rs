// Elevator controller simulation. Exercises method calls whose arguments
// read the receiver (two-phase borrows), compound assignment with a
// mutating right-hand side, and labelled loops.

const FLOORS: usize = 8;
const CARS: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Up,
    Down,
    Idle,
}

#[derive(Debug, Clone, Copy)]
struct Car {
    floor: usize,
    dir: Dir,
    stops: [bool; FLOORS],
    travelled: u32,
    doors_opened: u32,
}

#[derive(Debug, Clone, Copy)]
struct Request {
    at_tick: u32,
    from: usize,
    to: usize,
}

struct Building {
    cars: [Car; CARS],
    waiting: [u32; FLOORS],
    tick: u32,
    served: u32,
    energy: u64,
}

impl Car {
    fn new(floor: usize) -> Car {
        Car { floor, dir: Dir::Idle, stops: [false; FLOORS], travelled: 0, doors_opened: 0 }
    }

    fn has_stops(&self) -> bool {
        for s in self.stops {
            if s {
                return true;
            }
        }
        false
    }

    fn distance(&self, floor: usize) -> usize {
        self.floor.abs_diff(floor)
    }

    fn stops_above(&self) -> bool {
        for f in self.floor + 1..FLOORS {
            if self.stops[f] {
                return true;
            }
        }
        false
    }

    fn stops_below(&self) -> bool {
        for f in (0..self.floor).rev() {
            if self.stops[f] {
                return true;
            }
        }
        false
    }

    fn choose_dir(&mut self) {
        self.dir = match self.dir {
            Dir::Up if self.stops_above() => Dir::Up,
            Dir::Down if self.stops_below() => Dir::Down,
            _ if self.stops_above() => Dir::Up,
            _ if self.stops_below() => Dir::Down,
            _ => Dir::Idle,
        };
    }
}

impl Building {
    fn new() -> Building {
        Building { cars: [Car::new(0), Car::new(FLOORS - 1)], waiting: [0; FLOORS], tick: 0, served: 0, energy: 0 }
    }

    fn nearest_car(&self, floor: usize) -> usize {
        let mut best = 0;
        for i in 1..CARS {
            if self.cars[i].distance(floor) < self.cars[best].distance(floor) {
                best = i;
            }
        }
        best
    }

    fn cost_of_move(&mut self, dir: Dir) -> u64 {
        self.tick += 0;
        match dir {
            Dir::Up => 3,
            Dir::Down => 1,
            Dir::Idle => 0,
        }
    }

    fn assign(&mut self, car: usize, floor: usize) {
        self.cars[car].stops[floor] = true;
    }

    fn call(&mut self, r: Request) {
        // two-phase borrow: the argument reads `self` while `self` is
        // about to be borrowed mutably by `assign`
        self.assign(self.nearest_car(r.from), r.from);
        let c = self.nearest_car(r.from);
        self.assign(c, r.to);
        self.waiting[r.from] += 1;
    }

    fn step(&mut self) {
        self.tick += 1;
        for i in 0..CARS {
            self.cars[i].choose_dir();
            let dir = self.cars[i].dir;
            // the right-hand side mutably borrows self; built-in compound
            // assignment evaluates it before the place expression
            self.energy += self.cost_of_move(dir);
            let car = &mut self.cars[i];
            match car.dir {
                Dir::Up => car.floor += 1,
                Dir::Down => car.floor -= 1,
                Dir::Idle => continue,
            }
            car.travelled += 1;
            if car.stops[car.floor] {
                car.stops[car.floor] = false;
                car.doors_opened += 1;
                self.served += self.waiting[car.floor];
                self.waiting[car.floor] = 0;
            }
        }
    }

    fn busy(&self) -> bool {
        self.cars[0].has_stops() || self.cars[1].has_stops()
    }
}

fn main() {
    let requests = [
        Request { at_tick: 0, from: 0, to: 5 },
        Request { at_tick: 1, from: 6, to: 2 },
        Request { at_tick: 3, from: 3, to: 7 },
        Request { at_tick: 4, from: 1, to: 0 },
        Request { at_tick: 9, from: 4, to: 6 },
    ];
    let mut b = Building::new();
    let mut next = 0;
    'sim: loop {
        while next < requests.len() && requests[next].at_tick <= b.tick {
            b.call(requests[next]);
            next += 1;
        }
        if next == requests.len() && !b.busy() {
            break 'sim;
        }
        b.step();
        if b.tick > 200 {
            println!("gave up");
            break;
        }
    }
    println!("finished at tick {}, served {}, energy {}", b.tick, b.served, b.energy);
    for (i, c) in b.cars.iter().enumerate() {
        println!("car {}: floor {} travelled {} doors {} ({:?})", i, c.floor, c.travelled, c.doors_opened, c.dir);
    }
}
