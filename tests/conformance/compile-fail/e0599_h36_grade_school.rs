// Grade school roster in fixed arrays; calls made as if these were Vecs and Strings.
const MAX_STUDENTS: usize = 8;

#[derive(Clone, Copy, Debug)]
struct Student {
    name: &'static str,
    grade: u8,
}

struct School {
    roster: [Student; MAX_STUDENTS],
    len: usize,
}

impl School {
    fn new() -> School {
        School { roster: [Student { name: "", grade: 0 }; MAX_STUDENTS], len: 0 }
    }

    fn add(&mut self, name: &'static str, grade: u8) {
        assert!(self.len < MAX_STUDENTS, "roster full");
        self.roster[self.len] = Student { name, grade };
        self.len += 1;
    }

    fn sort(&mut self) {
        for i in 1..self.len {
            let mut j = i;
            while j > 0 && self.roster[j - 1].grade > self.roster[j].grade {
                let t = self.roster[j];
                self.roster[j] = self.roster[j - 1];
                self.roster[j - 1] = t;
                j -= 1;
            }
        }
    }

    fn grade_count(&self, grade: u8) -> usize {
        let mut n = 0;
        for s in &self.roster[..self.len] {
            if s.grade == grade {
                n += 1;
            }
        }
        n
    }
}

fn main() {
    let mut school = School::new();
    school.add("Aimee", 2);
    school.add("Blair", 1);
    school.add("James", 2);
    school.add("Paul", 3);
    // mistake: misspelled method name
    school.sort_by_grade();
    for s in &school.roster[..school.len] {
        println!("{} in grade {}", s.name, s.grade);
    }
    let total = school.len;
    // mistake: a method called on the wrong type (usize has no len)
    println!("{} students, grade 2 has {}", total.len(), school.grade_count(2));
    let first = school.roster[0];
    println!("first is {:?}", first.name.len());
}
