// lints: unused_parens
// Triangle classification kata, with integer sides and a perimeter table.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Kind {
    Equilateral,
    Isosceles,
    Scalene,
    Degenerate,
    Invalid,
}

struct Triangle {
    sides: [u32; 3],
}

impl Triangle {
    fn sorted(&self) -> [u32; 3] {
        let mut s = self.sides;
        for i in 0..3 {
            for j in 0..(2 - i) {
                if (s[j] > s[j + 1]) {
                    let t = s[j];
                    s[j] = s[j + 1];
                    s[j + 1] = t;
                }
            }
        }
        s
    }

    fn kind(&self) -> Kind {
        let [a, b, c] = self.sorted();
        if a == 0 {
            return (Kind::Invalid);
        }
        if a + b < c {
            Kind::Invalid
        } else if a + b == c {
            Kind::Degenerate
        } else if a == c {
            Kind::Equilateral
        } else if a == b || b == c {
            Kind::Isosceles
        } else {
            Kind::Scalene
        }
    }

    fn perimeter(&self) -> u32 {
        let total = (self.sides[0] + self.sides[1] + self.sides[2]);
        total
    }

    fn is_right(&self) -> bool {
        let [a, b, c] = self.sorted();
        a * a + b * b == c * c
    }
}

fn main() {
    let tris = [
        Triangle { sides: [3, 4, 5] },
        Triangle { sides: [2, 2, 2] },
        Triangle { sides: [5, 5, 8] },
        Triangle { sides: [1, 2, 3] },
        Triangle { sides: [1, 1, 9] },
        Triangle { sides: [0, 4, 4] },
    ];
    let mut counter = 0;
    while true {
        let t = &tris[counter];
        println!("{:?} {:?} perimeter {} right {}", t.sides, t.kind(), t.perimeter(), t.is_right());
        counter += 1;
        if counter == tris.len() {
            break;
        }
    }
}
