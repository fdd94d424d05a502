// A small library: books are borrowed and returned, late fees computed per day.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Available,
    OnLoan { member: u32, due_day: u32 },
    Lost,
}

#[derive(Debug, Clone, Copy)]
struct Book {
    id: u32,
    title: &'static str,
    status: Status,
}

struct Library {
    books: [Book; 4],
    fees_cents: u32,
}

impl Library {
    const LOAN_DAYS: u32 = 14;
    const FEE_PER_DAY: u32 = 25;

    fn book(&mut self, id: u32) -> &mut Book {
        let mut i = 0;
        while self.books[i].id != id {
            i += 1;
        }
        &mut self.books[i]
    }

    fn borrow(&mut self, id: u32, member: u32, today: u32) {
        let book = self.book(id);
        match book.status {
            Status::Available => {
                book.status = Status::OnLoan { member, due_day: today + Self::LOAN_DAYS };
                println!("day {}: member {} borrows '{}'", today, member, book.title);
            }
            Status::OnLoan { member: holder, .. } => println!("day {}: '{}' is with member {}", today, book.title, holder),
            Status::Lost => println!("day {}: '{}' is lost", today, book.title),
        }
    }

    fn give_back(&mut self, id: u32, today: u32) {
        let book = self.book(id);
        if let Status::OnLoan { member, due_day } = book.status {
            let late = today.saturating_sub(due_day);
            book.status = Status::Available;
            let title = book.title;
            self.fees_cents += late * Self::FEE_PER_DAY;
            println!("day {}: member {} returns '{}' ({} days late)", today, member, title, late);
        }
    }
}

fn main() {
    let mut lib = Library {
        books: [
            Book { id: 1, title: "Dune", status: Status::Available },
            Book { id: 2, title: "Emma", status: Status::Available },
            Book { id: 3, title: "Ulysses", status: Status::Lost },
            Book { id: 4, title: "Beloved", status: Status::Available },
        ],
        fees_cents: 0,
    };
    lib.borrow(1, 501, 1);
    lib.borrow(1, 502, 3);
    lib.borrow(3, 502, 3);
    lib.borrow(4, 502, 5);
    lib.give_back(1, 20);
    lib.give_back(4, 12);
    lib.borrow(1, 502, 21);
    println!("fees collected: {} cents", lib.fees_cents);
    for b in lib.books.iter() {
        println!("{:?}", b);
    }
}
