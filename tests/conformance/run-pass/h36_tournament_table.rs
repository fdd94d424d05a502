// Tally a football tournament from semicolon-separated result lines.
const RESULTS: &[u8] = b"Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
Devastating Donkeys;Allegoric Alaskans;win
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win
";

const TEAMS: usize = 4;

#[derive(Clone, Copy)]
struct Row {
    name: [u8; 24],
    len: usize,
    won: u8,
    drawn: u8,
    lost: u8,
}

impl Row {
    const EMPTY: Row = Row { name: [b' '; 24], len: 0, won: 0, drawn: 0, lost: 0 };

    fn played(&self) -> u8 {
        self.won + self.drawn + self.lost
    }

    fn points(&self) -> u8 {
        self.won * 3 + self.drawn
    }
}

struct Table {
    rows: [Row; TEAMS],
    count: usize,
}

impl Table {
    fn team(&mut self, name: &[u8]) -> usize {
        'rows: for i in 0..self.count {
            let row = &self.rows[i];
            if row.len != name.len() {
                continue;
            }
            for k in 0..name.len() {
                if row.name[k] != name[k] {
                    continue 'rows;
                }
            }
            return i;
        }
        let i = self.count;
        self.rows[i].len = name.len();
        for (k, &b) in name.iter().enumerate() {
            self.rows[i].name[k] = b;
        }
        self.count += 1;
        i
    }

    fn record(&mut self, line: &[u8]) {
        let mut fields = [0usize; 2];
        let mut f = 0;
        for (i, &b) in line.iter().enumerate() {
            if b == b';' {
                fields[f] = i;
                f += 1;
            }
        }
        let home = self.team(&line[..fields[0]]);
        let away = self.team(&line[fields[0] + 1..fields[1]]);
        match &line[fields[1] + 1..] {
            b"win" => { self.rows[home].won += 1; self.rows[away].lost += 1; }
            b"loss" => { self.rows[home].lost += 1; self.rows[away].won += 1; }
            b"draw" => { self.rows[home].drawn += 1; self.rows[away].drawn += 1; }
            _ => panic!("bad outcome"),
        }
    }

    fn sort(&mut self) {
        for i in 0..self.count {
            for j in 0..self.count - 1 - i {
                let (a, b) = (self.rows[j], self.rows[j + 1]);
                if b.points() > a.points() || (b.points() == a.points() && b.name < a.name) {
                    self.rows[j] = b;
                    self.rows[j + 1] = a;
                }
            }
        }
    }
}

fn main() {
    let mut table = Table { rows: [Row::EMPTY; TEAMS], count: 0 };
    let mut start = 0;
    for i in 0..RESULTS.len() {
        if RESULTS[i] == b'\n' {
            table.record(&RESULTS[start..i]);
            start = i + 1;
        }
    }
    table.sort();
    println!("{:<30} | MP |  W |  D |  L |  P", "Team");
    for row in &table.rows[..table.count] {
        for &b in row.name.iter() {
            print!("{}", b as char);
        }
        println!("       | {:>2} | {:>2} | {:>2} | {:>2} | {:>2}", row.played(), row.won, row.drawn, row.lost, row.points());
    }
}
