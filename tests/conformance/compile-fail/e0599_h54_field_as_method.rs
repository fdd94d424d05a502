// Parking garage: levels with fixed spot arrays, occupancy queries.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Spot {
    Free,
    Car(u32),
    Motorbike(u32),
    Reserved,
}

struct Level {
    number: u8,
    spots: [Spot; 6],
    capacity: usize,
}

impl Level {
    fn new(number: u8) -> Level {
        Level { number, spots: [Spot::Free; 6], capacity: 6 }
    }

    fn occupied(&self) -> usize {
        let mut n = 0;
        for s in &self.spots {
            match s {
                Spot::Car(_) | Spot::Motorbike(_) => n += 1,
                Spot::Free | Spot::Reserved => {}
            }
        }
        n
    }

    fn park(&mut self, plate: u32, bike: bool) -> bool {
        for s in self.spots.iter_mut() {
            if *s == Spot::Free {
                *s = if bike { Spot::Motorbike(plate) } else { Spot::Car(plate) };
                return true;
            }
        }
        false
    }

    fn leave(&mut self, plate: u32) -> bool {
        for i in 0..self.spots.len() {
            match self.spots[i] {
                Spot::Car(p) | Spot::Motorbike(p) if p == plate => {
                    self.spots[i] = Spot::Free;
                    return true;
                }
                _ => {}
            }
        }
        false
    }
}

struct Garage {
    levels: [Level; 2],
}

impl Garage {
    fn free_spots(&self) -> usize {
        let mut free = 0;
        for level in &self.levels {
            free += level.capacity() - level.occupied();
        }
        free
    }
}

fn main() {
    let mut g = Garage { levels: [Level::new(0), Level::new(1)] };
    g.levels[0].spots[5] = Spot::Reserved;
    for plate in 100..108 {
        let lvl = if plate % 2 == 0 { 0 } else { 1 };
        if !g.levels[lvl].park(plate, plate % 3 == 0) {
            println!("level {} full", g.levels[lvl].number);
        }
    }
    g.levels[1].leave(103);
    println!("free spots: {}", g.free_spots());
    println!("level 0 occupied {}", g.levels[0].occupied);
}
