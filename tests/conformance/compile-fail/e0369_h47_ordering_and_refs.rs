// Comparisons that the derives do not cover: ordering without PartialOrd,
// references against values, and tuple structs without PartialEq.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rank {
    Private,
    Sergeant,
    Captain,
}

#[derive(Debug, Clone, Copy)]
struct Score(u32);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Soldier {
    rank: Rank,
    age: u8,
}

impl Soldier {
    fn outranks(&self, other: &Soldier) -> bool {
        self.rank > other.rank
    }

    fn same_rank(&self, other: &Soldier) -> bool {
        self.rank == other.rank
    }

    fn is(&self, other: Soldier) -> bool {
        self == other
    }
}

fn best(a: Score, b: Score) -> Score {
    if a == b {
        a
    } else if a.0 > b.0 {
        a
    } else {
        b
    }
}

fn main() {
    let a = Soldier { rank: Rank::Captain, age: 40 };
    let b = Soldier { rank: Rank::Sergeant, age: 30 };
    println!("{} {} {}", a.outranks(&b), a.same_rank(&b), a.is(b));
    println!("{:?}", best(Score(3), Score(4)));
    println!("{}", Rank::Private != Rank::Captain);
}
