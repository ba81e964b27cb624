-- Added after COPY: one check per key instead of a trigger call per row.
ALTER TABLE orders ADD CONSTRAINT orders_person_fk FOREIGN KEY (person_id) REFERENCES people (id);
ALTER TABLE order_lines ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);
ALTER TABLE order_lines ADD CONSTRAINT order_lines_product_fk FOREIGN KEY (product_id) REFERENCES products (id);
ALTER TABLE reviews ADD CONSTRAINT reviews_product_fk FOREIGN KEY (product_id) REFERENCES products (id);
ALTER TABLE reviews ADD CONSTRAINT reviews_person_fk FOREIGN KEY (person_id) REFERENCES people (id);
CREATE INDEX orders_person_id_idx ON orders (person_id);
CREATE INDEX orders_created_at_idx ON orders (created_at);
CREATE INDEX order_lines_order_id_idx ON order_lines (order_id);
CREATE INDEX order_lines_product_id_idx ON order_lines (product_id);
CREATE INDEX reviews_product_id_idx ON reviews (product_id);
CREATE INDEX reviews_person_id_idx ON reviews (person_id);
