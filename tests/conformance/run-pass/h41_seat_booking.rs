// Cinema seat booking on a 2-D array of enums with flags, ranges and labeled loops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seat {
    Free,
    Held(u16),
    Sold(u16),
    Broken,
}

const ROWS: usize = 6;
const COLS: usize = 10;

struct Hall {
    seats: [[Seat; COLS]; ROWS],
    vip_rows: [bool; ROWS],
}

impl Hall {
    fn new() -> Hall {
        let mut seats = [[Seat::Free; COLS]; ROWS];
        seats[2][4] = Seat::Broken;
        seats[5][0] = Seat::Broken;
        let mut vip_rows = [false; ROWS];
        vip_rows[3] = true;
        vip_rows[4] = true;
        Hall { seats, vip_rows }
    }

    /// Finds `n` adjacent free seats, preferring VIP rows when `vip` is set.
    fn find_block(&self, n: usize, vip: bool) -> (bool, usize, usize) {
        'rows: for r in 0..ROWS {
            if vip != self.vip_rows[r] {
                continue 'rows;
            }
            let mut run = 0;
            for c in 0..COLS {
                run = if self.seats[r][c] == Seat::Free { run + 1 } else { 0 };
                if run == n {
                    return (true, r, c + 1 - n);
                }
            }
        }
        (false, 0, 0)
    }

    fn hold(&mut self, who: u16, n: usize, vip: bool) -> bool {
        let (found, r, c) = self.find_block(n, vip);
        if !found {
            return false;
        }
        for seat in &mut self.seats[r][c..c + n] {
            *seat = Seat::Held(who);
        }
        true
    }

    fn confirm(&mut self, who: u16) -> usize {
        let mut n = 0;
        for row in self.seats.iter_mut() {
            for seat in row.iter_mut() {
                if let Seat::Held(id) = *seat {
                    if id == who {
                        *seat = Seat::Sold(id);
                        n += 1;
                    }
                }
            }
        }
        n
    }

    fn draw(&self) {
        for (r, row) in self.seats.iter().enumerate() {
            print!("{} {} ", (b'A' + r as u8) as char, if self.vip_rows[r] { '*' } else { ' ' });
            for s in row {
                let ch = match s {
                    Seat::Free => '.',
                    Seat::Held(_) => 'h',
                    Seat::Sold(id) if *id >= 100 => 'V',
                    Seat::Sold(_) => 'S',
                    Seat::Broken => 'x',
                };
                print!("{ch}");
            }
            println!();
        }
    }
}

fn main() {
    let mut hall = Hall::new();
    let requests: [(u16, usize, bool); 7] = [(1, 4, false), (100, 6, true), (2, 10, false), (101, 10, true), (3, 5, false), (4, 7, false), (102, 3, true)];
    for &(who, n, vip) in requests.iter() {
        let ok = hall.hold(who, n, vip);
        println!("request {:>3}: {:>2} seats vip={:<5} -> {}", who, n, vip, if ok { "held" } else { "rejected" });
    }
    let mut sold = 0;
    for who in [1u16, 100, 2, 4] {
        sold += hall.confirm(who);
    }
    println!("sold {} seats", sold);
    hall.draw();
}
