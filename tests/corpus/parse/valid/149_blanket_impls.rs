// Blanket implementations, trait inheritance with generic methods, and auto-ref method resolution.
use std::fmt::Display;

pub trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("«{}»", self)
    }
}

pub trait Summary {
    fn author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(read more from {}...)", self.author())
    }
}

pub trait Titled: Summary {
    fn title(&self) -> &str;
    fn headline(&self) -> String {
        format!("{} {}", self.title(), self.summarize())
    }
}

struct Post {
    title: String,
    by: String,
}

impl Summary for Post {
    fn author(&self) -> String {
        format!("@{}", self.by)
    }
}

impl Titled for Post {
    fn title(&self) -> &str {
        &self.title
    }
}

pub trait Double {
    fn double(&self) -> Self;
}

impl<T> Double for Vec<T>
where
    T: Clone,
{
    fn double(&self) -> Self {
        self.iter().chain(self.iter()).cloned().collect()
    }
}

impl<T: Double + ?Sized> Double for Box<T>
where
    T: Sized,
{
    fn double(&self) -> Self {
        Box::new((**self).double())
    }
}

fn notify(item: &(impl Titled + ?Sized)) -> String {
    item.headline()
}

fn main() {
    let p = Post { title: "Parsing Rust".into(), by: "ferris".into() };
    println!("{}", notify(&p));
    println!("{} {} {}", 42.describe(), "str".describe(), 'c'.describe());
    println!("{:?} {:?}", vec![1, 2].double(), Box::new(vec!['a']).double());
    let dynamic: &dyn Titled = &p;
    println!("{}", dynamic.title().describe());
}
