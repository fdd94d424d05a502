// Traits with supertraits, associated types and consts, default methods, generic methods.
use std::fmt::{self, Debug, Display};

pub trait Named {
    const KIND: &'static str;
    const DEFAULT_NAME: &'static str = "unnamed";

    fn name(&self) -> String {
        Self::DEFAULT_NAME.to_string()
    }
}

pub trait Animal: Named + Debug {
    type Food: Display;
    type Offspring: Animal<Food = Self::Food>
    where
        Self: Sized;

    fn eat(&mut self, food: Self::Food);

    fn speak(&self) -> String {
        format!("{} the {} makes a noise", self.name(), Self::KIND)
    }

    fn breed(&self) -> Option<Self::Offspring>
    where
        Self: Sized,
    {
        None
    }
}

pub unsafe trait RawBytes: Sized + Copy {
    fn as_bytes(&self) -> &[u8];
}

pub trait Container {
    type Item<'a>
    where
        Self: 'a;
    type Iter<'a>: Iterator<Item = Self::Item<'a>>
    where
        Self: 'a;

    fn items<'a>(&'a self) -> Self::Iter<'a>;
}

pub trait Visitor<T: ?Sized> {
    fn visit(&mut self, value: &T);
    fn visit_all<'v, I>(&mut self, values: I)
    where
        I: IntoIterator<Item = &'v T>,
        T: 'v,
    {
        for v in values {
            self.visit(v);
        }
    }
}

pub trait WithAnonymousParam {
    fn old_style(&self, _: u32);
}

pub trait Empty {}

pub trait Formatter: fmt::Write {}

#[derive(Debug)]
struct Cat {
    meals: u32,
}

impl Named for Cat {
    const KIND: &'static str = "cat";
}

impl Animal for Cat {
    type Food = &'static str;
    type Offspring = Cat;

    fn eat(&mut self, _food: &'static str) {
        self.meals += 1;
    }
}

fn main() {
    let mut c = Cat { meals: 0 };
    c.eat("fish");
    println!("{} ({} meals)", c.speak(), c.meals);
}
