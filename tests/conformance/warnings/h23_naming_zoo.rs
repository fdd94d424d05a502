// lints: non_snake_case non_camel_case_types non_upper_case_globals
// A zoo management program written by someone used to another language's naming style.
mod Enclosures {
    pub const maxAnimals: u32 = 40;

    pub struct pen_record {
        pub penId: u32,
        pub Occupied: bool,
    }

    pub fn OpenPen(PenNumber: u32) -> pen_record {
        pen_record { penId: PenNumber, Occupied: false }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum animal_kind {
    big_cat,
    Bird,
    REPTILE,
    Fish_Tank,
}

type feed_amount = u16;

static zooName: &str = "City Zoo";
static _privateCount: u8 = 0;

struct Keeper {
    Name: &'static str,
    shifts: u8,
}

impl Keeper {
    const defaultShifts: u8 = 5;

    fn AssignShift(&mut self) {
        self.shifts += 1;
    }
}

fn feed(Kind: animal_kind, _Unused: u8) -> feed_amount {
    const perMeal: feed_amount = 3;
    let DailyTotal = match Kind {
        animal_kind::big_cat => perMeal * 4,
        animal_kind::Bird => perMeal,
        _ => 1,
    };
    DailyTotal
}

fn main() {
    let mut Sam = Keeper { Name: "Sam", shifts: Keeper::defaultShifts };
    Sam.AssignShift();
    let pen = Enclosures::OpenPen(3);
    let (FirstKind, second_kind) = (animal_kind::REPTILE, animal_kind::Fish_Tank);
    let total = feed(FirstKind, 0) + feed(second_kind, 1) + feed(animal_kind::big_cat, 0) + feed(animal_kind::Bird, 0);
    'OuterLoop: for i in 0..3 {
        if i == Enclosures::maxAnimals {
            break 'OuterLoop;
        }
    }
    println!("{} {} {} {} {} {} {}", zooName, Sam.Name, Sam.shifts, pen.penId, pen.Occupied, total, _privateCount);
}
